// The PRNG primitives of jax/_src/random/prng.py and threefry2x32.py. Under make_jaxpr the high-level ones
// (random_bits, random_split, ...) stay as they are; on the CPU each runs the threefry key operations once per
// key of its operand, as JAX's lowering does with its iterated vmap.
import { type Shape, ShapedArray, shapeSize, shapeStr } from "../core/aval.ts";
import { type DType, isInteger } from "../core/dtypes.ts";
import { typeError } from "../core/errors.ts";
import { definePrimitive, type Primitive } from "../core/primitive.ts";
import { allocate } from "../core/storage.ts";
import { ArrayValue } from "../core/values.ts";
import { bind1 } from "../core/trace.ts";
import type { Params } from "../ir/jaxpr.ts";
import { bdimAtFront, broadcastBatcher, vectorizedBatcher } from "../lax/primitives/batch-rules.ts";
import { broadcastingShape } from "../lax/primitives/dtype-rules.ts";
import { zeroJvp } from "../transforms/ad/rules.ts";
import { broadcastSources } from "./broadcast-index.ts";
import { KEY_DTYPE, KEY_WORDS, isKeyDType, keyData, keysValue, physicalAval } from "./keys.ts";
import { foldInKey, randomBits, seedKey, splitKey, threefry2x32 } from "./threefry.ts";

/** `impl=fry`: the tag of threefry2x32, the only PRNG implementation Traceur has. */
export interface ImplParams extends Params {
  readonly impl: "fry";
}

export interface RandomBitsParams extends Params {
  readonly bit_width: 8 | 16 | 32;
  readonly shape: readonly number[];
}

export interface RandomSplitParams extends Params {
  readonly shape: readonly number[];
}

type NoParams = Record<string, never>;

const keysAval = (shape: Shape): ShapedArray => new ShapedArray(shape, KEY_DTYPE);

function checkKeys(name: string, keys: ShapedArray): void {
  if (!isKeyDType(keys.dtype))
    throw typeError(`${name} takes key array operand, got keys.dtype=dtype('${keys.dtype}')`);
}

/** Calls `f` with each key's two words and its position. */
function forEachKey(keys: ArrayValue, f: (k1: number, k2: number, i: number) => void): void {
  const n = keys.aval.size;
  for (let i = 0; i < n; i++) f(keys.data[KEY_WORDS * i], keys.data[KEY_WORDS * i + 1], i);
}

export const randomSeedP: Primitive<ImplParams> = definePrimitive<ImplParams>({
  name: "random_seed",
  abstractEval: ([seeds]) => [keysAval(seeds.shape)],
  cpu: ([seeds], _p, [out]) => {
    // Raised where JAX's jitted `_threefry_seed` raises it, while tracing (hence the tracer in the message).
    if (!isInteger(seeds.dtype))
      throw typeError(`PRNG key seed must be an integer; got JitTracer(${seeds.aval})`);
    const words = new Uint32Array(KEY_WORDS * out.size);
    for (let i = 0; i < out.size; i++) words.set(seedKey(Number(seeds.data[i])), KEY_WORDS * i);
    return [keysValue(out.shape, words)];
  },
  batch: (args, dims, p) => vectorizedBatcher(randomSeedP, args, dims, p),
  jvp: zeroJvp(() => randomSeedP),
});

/** `_check_prng_key_data`, which `random_wrap` runs before it binds. */
export function checkKeyData(data: ShapedArray): void {
  if (data.ndim < 1) {
    throw typeError(
      `JAX encountered invalid PRNG key data: expected key_data.ndim >= 1; got ndim=${data.ndim}`,
    );
  }
  if (data.shape[data.ndim - 1] !== KEY_WORDS) {
    throw typeError(
      "JAX encountered invalid PRNG key data: expected key_data.shape to end with (2,); got " +
        `shape=${shapeStr(data.shape)} for impl=PRNGImpl(key_shape=(2,), seed=<function threefry_seed>, ` +
        "split=<function threefry_split>, random_bits=<function threefry_random_bits>, " +
        "fold_in=<function threefry_fold_in>, name='threefry2x32', tag='fry')",
    );
  }
  if (data.dtype !== "uint32") {
    throw typeError(
      `JAX encountered invalid PRNG key data: expected key_data.dtype = uint32; got dtype=${data.dtype}`,
    );
  }
}

export const randomWrapP: Primitive<ImplParams> = definePrimitive<ImplParams>({
  name: "random_wrap",
  abstractEval: ([data]) => {
    checkKeyData(data);
    return [keysAval(data.shape.slice(0, -1))];
  },
  cpu: ([data], _p, [out]) => [keysValue(out.shape, Uint32Array.from(data.data))],
  // `random_wrap_batch_rule`: the batch axis to the front, where it cannot be the key data's trailing axis.
  batch: ([data], [d], p) => [[bind1(randomWrapP, [bdimAtFront(data, d, 1)], p)], [0]],
  jvp: zeroJvp(() => randomWrapP),
});

export const randomUnwrapP: Primitive<NoParams> = definePrimitive<NoParams>({
  name: "random_unwrap",
  abstractEval: ([keys]) => {
    checkKeys("random_unwrap", keys);
    return [physicalAval(keys)];
  },
  cpu: ([keys]) => [keyData(keys)],
  batch: (args, dims, p) => vectorizedBatcher(randomUnwrapP, args, dims, p),
  jvp: zeroJvp(() => randomUnwrapP),
});

export const randomBitsP: Primitive<RandomBitsParams> = definePrimitive<RandomBitsParams>({
  name: "random_bits",
  abstractEval: ([keys], p) => {
    checkKeys("random_bits", keys);
    const dtype: DType = `uint${p.bit_width}`;
    return [new ShapedArray([...keys.shape, ...p.shape], dtype)];
  },
  cpu: ([keys], p, [out]) => {
    const n = shapeSize(p.shape);
    const data = allocate(out.dtype, out.size);
    forEachKey(keys, (k1, k2, i) => data.set(randomBits(k1, k2, n, p.bit_width), i * n));
    return [new ArrayValue(out, data)];
  },
  batch: (args, dims, p) => vectorizedBatcher(randomBitsP, args, dims, p),
  jvp: zeroJvp(() => randomBitsP),
});

export const randomSplitP: Primitive<RandomSplitParams> = definePrimitive<RandomSplitParams>({
  name: "random_split",
  abstractEval: ([keys], p) => {
    checkKeys("random_split", keys);
    return [keysAval([...keys.shape, ...p.shape])];
  },
  cpu: ([keys], p, [out]) => {
    const n = shapeSize(p.shape);
    const words = new Uint32Array(KEY_WORDS * out.size);
    forEachKey(keys, (k1, k2, i) => words.set(splitKey(k1, k2, n), KEY_WORDS * n * i));
    return [keysValue(out.shape, words)];
  },
  batch: (args, dims, p) => vectorizedBatcher(randomSplitP, args, dims, p),
  jvp: zeroJvp(() => randomSplitP),
});

export const randomFoldInP: Primitive<NoParams> = definePrimitive<NoParams>({
  name: "random_fold_in",
  abstractEval: ([keys, msgs]) => {
    checkKeys("random_fold_in", keys);
    return [keysAval(broadcastingShape("random_fold_in", [keys, msgs]))];
  },
  cpu: ([keys, msgs], _p, [out]) => {
    const words = new Uint32Array(KEY_WORDS * out.size);
    const keyAt = broadcastSources(keys.aval.shape, out.shape);
    const msgAt = broadcastSources(msgs.aval.shape, out.shape);
    for (let i = 0; i < out.size; i++) {
      const k = KEY_WORDS * keyAt[i];
      words.set(foldInKey(keys.data[k], keys.data[k + 1], msgs.data[msgAt[i]]), KEY_WORDS * i);
    }
    return [keysValue(out.shape, words)];
  },
  batch: (args, dims, p) => broadcastBatcher(randomFoldInP, args, dims, p),
  jvp: zeroJvp(() => randomFoldInP),
});

export const threefry2x32P: Primitive<NoParams> = definePrimitive<NoParams>({
  name: "threefry2x32",
  abstractEval: (avals) => {
    if (avals.some((a) => a.dtype !== "uint32")) {
      throw typeError(
        `Arguments to threefry2x32 must have uint32 type, got (${avals.map((a) => `ShapedArray(${a.strLong()})`).join(", ")})`,
      );
    }
    const aval = new ShapedArray(broadcastingShape("threefry2x32", avals), "uint32");
    return [aval, aval];
  },
  cpu: (args, _p, [out]) => {
    const n = out.size;
    const expand = (a: ArrayValue) => {
      const at = broadcastSources(a.aval.shape, out.shape);
      return Uint32Array.from(at, (j) => Number(a.data[j]));
    };
    const [k1, k2, x1, x2] = args.map(expand);
    const y1 = new Uint32Array(n);
    const y2 = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
      const [a, b] = threefry2x32(k1[i], k2[i], x1.subarray(i, i + 1), x2.subarray(i, i + 1));
      y1[i] = a[0];
      y2[i] = b[0];
    }
    return [new ArrayValue(out, y1), new ArrayValue(out, y2)];
  },
  // No JVP rule, as in JAX: differentiating threefry2x32 raises.
  batch: (args, dims, p) => broadcastBatcher(threefry2x32P, args, dims, p),
});
