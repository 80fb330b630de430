// The PRNG primitives of jax/_src/random/prng.py and threefry2x32.py. Under make_jaxpr the high-level ones
// (random_bits, random_split, ...) stay as they are; on the CPU each runs the threefry key operations once per
// key of its operand, as JAX's lowering does with its iterated vmap.
import { type Shape, ShapedArray, shapeSize, shapeStr } from "../core/aval.ts";
import { type DType, isInteger } from "../core/dtypes.ts";
import { typeError } from "../core/errors.ts";
import { definePrimitive } from "../core/primitive.ts";
import { allocate } from "../core/storage.ts";
import { ArrayValue } from "../core/values.ts";
import type { Params } from "../ir/jaxpr.ts";
import { broadcastingShape } from "../lax/primitives/dtype-rules.ts";
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

export const randomSeedP = definePrimitive<ImplParams>({
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

export const randomWrapP = definePrimitive<ImplParams>({
  name: "random_wrap",
  abstractEval: ([data]) => {
    checkKeyData(data);
    return [keysAval(data.shape.slice(0, -1))];
  },
  cpu: ([data], _p, [out]) => [keysValue(out.shape, Uint32Array.from(data.data))],
});

export const randomUnwrapP = definePrimitive<NoParams>({
  name: "random_unwrap",
  abstractEval: ([keys]) => {
    checkKeys("random_unwrap", keys);
    return [physicalAval(keys)];
  },
  cpu: ([keys]) => [keyData(keys)],
});

export const randomBitsP = definePrimitive<RandomBitsParams>({
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
});

export const randomSplitP = definePrimitive<RandomSplitParams>({
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
});

export const randomFoldInP = definePrimitive<NoParams>({
  name: "random_fold_in",
  abstractEval: ([keys, msgs]) => {
    checkKeys("random_fold_in", keys);
    return [keysAval(broadcastingShape("random_fold_in", [keys, msgs]))];
  },
  cpu: ([keys, msgs], _p, [out]) => {
    const words = new Uint32Array(KEY_WORDS * out.size);
    // Shapes are equal or one side is a scalar (jax.random.fold_in only folds a scalar into one key).
    for (let i = 0; i < out.size; i++) {
      const k = keys.aval.size === 1 ? 0 : i;
      const m = msgs.data[msgs.aval.size === 1 ? 0 : i];
      words.set(foldInKey(keys.data[KEY_WORDS * k], keys.data[KEY_WORDS * k + 1], m), KEY_WORDS * i);
    }
    return [keysValue(out.shape, words)];
  },
});

export const threefry2x32P = definePrimitive<NoParams>({
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
    const expand = (a: ArrayValue) =>
      a.aval.size === n ? Uint32Array.from(a.data) : new Uint32Array(n).fill(Number(a.data[0]));
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
});
