// Reductions over axes (jax/_src/lax/lax.py): reduce_sum, reduce_prod, reduce_max, reduce_min,
// reduce_and, reduce_or, reduce_xor, argmax and argmin, with their CPU kernels.
import { markNumpyInts } from "../../core/pyrepr.ts";
import { ShapedArray, type Shape, shapeStr, stridesOf } from "../../core/aval.ts";
import { type DType, dtypeInfo, isFloating, isInteger, isUnsigned } from "../../core/dtypes.ts";
import { notSupported, typeError, valueError } from "../../core/errors.ts";
import {
  type BatchResult,
  definePrimitive,
  type JvpRule,
  lookupPrimitive,
  type Primitive,
} from "../../core/primitive.ts";
import { reducerBatcher } from "./batch-rules.ts";
import { allocate, roundToDType } from "../../core/storage.ts";
import { bind1 } from "../../core/trace.ts";
import { ArrayValue, type Value } from "../../core/values.ts";
import type { Params } from "../../ir/jaxpr.ts";
import {
  broadcastInDimLax,
  convertTo,
  linearJvp,
  linearTranspose,
  reduceSum,
  instantiate,
  npConst,
  standardJvp2,
  zeroJvp,
} from "../../transforms/ad/rules.ts";
import { divP, eqP, mulP } from "./elementwise.ts";
import { padP, reshapeP, squeezeP } from "./shape.ts";
import { sliceP } from "./indexing.ts";
import { type Tangent } from "../../core/tangents.ts";
import { jvpFlat } from "../../transforms/ad/jvp.ts";

export interface ReduceParams extends Params {
  readonly axes: readonly number[];
}

export interface ReduceSumParams extends ReduceParams {
  readonly out_sharding: null;
}

export interface ArgReduceParams extends Params {
  readonly axes: readonly number[];
  readonly index_dtype: DType;
}

// ---- shape and dtype rules ----

/** `_reduce_op_shape_rule`. */
function reducedShape(x: ShapedArray, axes: readonly number[]): Shape {
  if (new Set(axes).size !== axes.length) {
    throw valueError(`duplicate value in 'axes' of reduction: ${shapeStr(axes)}`);
  }
  if (!axes.every((a) => a >= 0 && a < x.ndim)) {
    throw valueError(`reduction axes ${shapeStr(axes)} contains out-of-bounds indices for ${x.toString()}.`);
  }
  return x.shape.filter((_, i) => !axes.includes(i));
}

/** `_reduce_number_dtype_rule`: numbers only, never bool. */
function checkNumber(name: string, x: ShapedArray): void {
  if (x.dtype === "bool") {
    throw typeError(`${name} does not accept dtype ${x.dtype}. Accepted dtypes are subtypes of number.`);
  }
}

/** `_reduce_logical_shape_rule`: bool or integers. */
function checkLogical(x: ShapedArray): void {
  if (x.dtype !== "bool" && !isInteger(x.dtype)) {
    throw typeError(`logical reduction requires operand dtype bool or int, got ${x.dtype}.`);
  }
}

// ---- CPU kernels ----

/** For every input position, the output position it reduces into (row-major walk). */
function outputIndexMap(inShape: Shape, axes: readonly number[]): Int32Array {
  const size = inShape.reduce((a, b) => a * b, 1);
  const keptShape = inShape.filter((_, i) => !axes.includes(i));
  const keptStrides = stridesOf(keptShape);
  const strideOf: number[] = [];
  let k = 0;
  inShape.forEach((_, i) => strideOf.push(axes.includes(i) ? 0 : keptStrides[k++]));
  const map = new Int32Array(size);
  const counter = new Array<number>(inShape.length).fill(0);
  let pos = 0;
  for (let i = 0; i < size; i++) {
    map[i] = pos;
    for (let ax = inShape.length - 1; ax >= 0; ax--) {
      counter[ax]++;
      pos += strideOf[ax];
      if (counter[ax] < inShape[ax]) break;
      pos -= strideOf[ax] * counter[ax];
      counter[ax] = 0;
    }
  }
  return map;
}

type Step = (acc: number, v: number) => number;

/** Fold every input element into its output slot; accumulators are doubles, rounded once at the end. */
function foldInto(
  x: ArrayValue,
  axes: readonly number[],
  outAval: ShapedArray,
  init: number,
  step: Step,
): ArrayValue {
  const acc = new Float64Array(outAval.size).fill(init);
  const src = x.data;
  if (axes.length === x.aval.ndim) {
    let a = init;
    for (let i = 0; i < src.length; i++) a = step(a, src[i]);
    if (acc.length) acc[0] = a;
  } else if (axes.length === 1 && axes[0] === x.aval.ndim - 1) {
    // The common case of a reduction over the last axis: contiguous runs.
    const n = x.shape[axes[0]];
    for (let o = 0; o < acc.length; o++) {
      let a = init;
      for (let i = o * n, end = i + n; i < end; i++) a = step(a, src[i]);
      acc[o] = a;
    }
  } else {
    const map = outputIndexMap(x.shape, axes);
    for (let i = 0; i < src.length; i++) acc[map[i]] = step(acc[map[i]], src[i]);
  }
  const out = allocate(outAval.dtype, outAval.size);
  const d = outAval.dtype;
  for (let i = 0; i < out.length; i++) out[i] = roundToDType(d, acc[i]);
  return new ArrayValue(outAval, out);
}

const nanMax: Step = (a, v) => (a !== a || v !== v ? NaN : a > v ? a : v);
const nanMin: Step = (a, v) => (a !== a || v !== v ? NaN : a < v ? a : v);

/**
 * Float sums and products follow XLA's CPU results where they are known exactly: up to 32 reduced elements,
 * XLA accumulates one element after the other in the operand's precision. Beyond that its order is its own;
 * Traceur then accumulates in doubles and rounds once, which stays within a few ulps of it.
 * Integer sums and products wrap modulo 2**32 (and again modulo the width when stored), as XLA's do.
 */
const SEQUENTIAL_LIMIT = 32;

function sumStep(d: DType, count: number): Step {
  if (isFloating(d)) return count <= SEQUENTIAL_LIMIT ? (a, v) => roundToDType(d, a + v) : (a, v) => a + v;
  if (isUnsigned(d)) return (a, v) => (a + v) >>> 0;
  return (a, v) => (a + v) | 0;
}

function prodStep(d: DType, count: number): Step {
  if (isFloating(d)) return count <= SEQUENTIAL_LIMIT ? (a, v) => roundToDType(d, a * v) : (a, v) => a * v;
  if (isUnsigned(d)) return (a, v) => Math.imul(a, v) >>> 0;
  return (a, v) => Math.imul(a, v);
}

const reducedCount = (shape: Shape, axes: readonly number[]): number =>
  axes.reduce((n, a) => n * shape[a], 1);

/** The identity of max/min for a dtype: -inf/inf for floats, the integer range ends, False/True for bool. */
export function maxIdentity(d: DType): number {
  if (isFloating(d)) return -Infinity;
  if (d === "bool") return 0;
  const bits = dtypeInfo(d).bits;
  return isUnsigned(d) ? 0 : -(2 ** (bits - 1));
}

export function minIdentity(d: DType): number {
  if (isFloating(d)) return Infinity;
  if (d === "bool") return 1;
  const bits = dtypeInfo(d).bits;
  return isUnsigned(d) ? 2 ** bits - 1 : 2 ** (bits - 1) - 1;
}

function complexGuard(name: string, d: DType): void {
  if (dtypeInfo(d).kind === "c") throw notSupported(`complex numbers in ${name}`);
}

// ---- the primitives ----

function defineReducer(
  name: string,
  check: (x: ShapedArray) => void,
  keepsWeakType: boolean,
  kernel: (d: DType, count: number) => { init: number; step: Step },
  ad: { readonly jvp?: JvpRule<ReduceParams> } = {},
): Primitive<ReduceParams> {
  const prim: Primitive<ReduceParams> = definePrimitive<ReduceParams>({
    name,
    abstractEval: ([x], p) => {
      check(x);
      return [new ShapedArray(reducedShape(x, p.axes), x.dtype, keepsWeakType && x.weakType)];
    },
    cpu: ([x], p, [out]) => {
      complexGuard(name, x.dtype);
      const { init, step } = kernel(x.dtype, reducedCount(x.shape, p.axes));
      return [foldInto(x, p.axes, out, init, step)];
    },
    batch: (args, dims, p): BatchResult => reducerBatcher(prim, args, dims, p),
    ...ad,
  });
  return prim;
}

export const reduceSumP: Primitive<ReduceSumParams> = definePrimitive<ReduceSumParams>({
  name: "reduce_sum",
  abstractEval: ([x], p) => {
    checkNumber("reduce_sum", x);
    return [new ShapedArray(reducedShape(x, p.axes), x.dtype, x.weakType)];
  },
  cpu: ([x], p, [out]) => {
    complexGuard("reduce_sum", x.dtype);
    return [foldInto(x, p.axes, out, 0, sumStep(x.dtype, reducedCount(x.shape, p.axes)))];
  },
  batch: (args, dims, p): BatchResult => reducerBatcher(reduceSumP, args, dims, p),
  jvp: linearJvp(() => reduceSumP),
  // `_reduce_sum_transpose_rule`
  transpose: linearTranspose((ct, [x], p) => {
    const shape = x.aval.shape;
    // `np.delete(np.arange(ndim), axes)`: numpy ints.
    const dims = markNumpyInts(shape.flatMap((_d, i) => (p.axes.includes(i) ? [] : [i])));
    return [broadcastInDimLax(ct, shape, dims)];
  }),
});

export const reduceProdP: Primitive<ReduceParams> = defineReducer(
  "reduce_prod",
  (x) => checkNumber("reduce_prod", x),
  true,
  (d, count) => ({
    init: 1,
    step: prodStep(d, count),
  }),
  { jvp: reduceProdJvp },
);
export const reduceMaxP: Primitive<ReduceParams> = defineReducer(
  "reduce_max",
  () => {},
  true,
  (d) => ({ init: maxIdentity(d), step: nanMax }),
  { jvp: standardJvp2(() => reduceMaxP, chooserJvp) },
);
export const reduceMinP: Primitive<ReduceParams> = defineReducer(
  "reduce_min",
  () => {},
  true,
  (d) => ({ init: minIdentity(d), step: nanMin }),
  { jvp: standardJvp2(() => reduceMinP, chooserJvp) },
);
export const reduceAndP = defineReducer("reduce_and", checkLogical, false, (d) => ({
  init: d === "bool" ? 1 : -1,
  step: (a, v) => a & v,
}));
export const reduceOrP = defineReducer("reduce_or", checkLogical, false, () => ({
  init: 0,
  step: (a, v) => a | v,
}));
export const reduceXorP = defineReducer("reduce_xor", checkLogical, false, () => ({
  init: 0,
  step: (a, v) => a ^ v,
}));

function defineArgReducer(name: "argmax" | "argmin"): Primitive<ArgReduceParams> {
  const better =
    name === "argmax" ? (v: number, best: number) => v > best : (v: number, best: number) => v < best;
  const prim: Primitive<ArgReduceParams> = definePrimitive<ArgReduceParams>({
    name,
    abstractEval: ([x], p) => {
      const [axis] = p.axes;
      if (!(axis >= 0 && axis < x.ndim)) {
        throw valueError(`Invalid axis ${axis} for operand shape ${shapeStr(x.shape)}`);
      }
      if (x.shape[axis] < 1) {
        throw valueError(
          `argmin and argmax require non-empty reduced dimension. operand.shape=${shapeStr(x.shape)} axis=${axis}`,
        );
      }
      if (!isInteger(p.index_dtype)) {
        throw typeError(`index_dtype must be an integer type, but got ${p.index_dtype}`);
      }
      return [new ShapedArray(reducedShape(x, p.axes), p.index_dtype, false)];
    },
    cpu: ([x], p, [out]) => {
      complexGuard(name, x.dtype);
      return [argReduceCpu(x, p.axes[0], out, better)];
    },
    batch: (args, dims, p): BatchResult => reducerBatcher(prim, args, dims, p),
    jvp: zeroJvp(() => lookupPrimitive(name) as Primitive<ArgReduceParams>),
  });
  return prim;
}

/** The first index of the best value along `axis`; the first NaN wins over everything, as in XLA. */
function argReduceCpu(
  x: ArrayValue,
  axis: number,
  outAval: ShapedArray,
  better: (v: number, best: number) => boolean,
): ArrayValue {
  const shape = x.shape;
  const n = shape[axis];
  const inner = shape.slice(axis + 1).reduce((a, b) => a * b, 1);
  const outer = shape.slice(0, axis).reduce((a, b) => a * b, 1);
  const src = x.data;
  const out = allocate(outAval.dtype, outAval.size);
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      const base = o * n * inner + i;
      let best = src[base];
      let bestIdx = 0;
      if (best === best) {
        for (let k = 1; k < n; k++) {
          const v = src[base + k * inner];
          if (v !== v) {
            bestIdx = k;
            break;
          }
          if (better(v, best)) {
            best = v;
            bestIdx = k;
          }
        }
      }
      out[o * inner + i] = bestIdx;
    }
  }
  return new ArrayValue(outAval, out);
}

export const argmaxP = defineArgReducer("argmax");
export const argminP = defineArgReducer("argmin");

// ---- the lax functions ----

export type Monoid = "sum" | "prod" | "max" | "min" | "and" | "or" | "xor";

const REDUCERS: Record<Exclude<Monoid, "sum">, Primitive<ReduceParams>> = {
  prod: reduceProdP,
  max: reduceMaxP,
  min: reduceMinP,
  and: reduceAndP,
  or: reduceOrP,
  xor: reduceXorP,
};

/** `lax.reduce_sum`, `lax.reduce_max`, ...: the monoid reducers that `lax.reduce` picks for known identities. */
export function reduceMonoid(x: Value, kind: Monoid, axes: readonly number[]): Value {
  if (kind === "sum") return bind1(reduceSumP, [x], { axes: [...axes], out_sharding: null });
  return bind1(REDUCERS[kind], [x], { axes: [...axes] });
}

export function argReduce(kind: "argmax" | "argmin", x: Value, axis: number, indexDType: DType): Value {
  return bind1(kind === "argmax" ? argmaxP : argminP, [x], { axes: [axis], index_dtype: indexDType });
}

/** `_reduce_chooser_jvp_rule`: the tangent averaged over the positions that attain the max (or min). */
function chooserJvp(g: Value, ans: Value, [x]: readonly Value[], p: ReduceParams): Value {
  const shape = x.aval.shape.map((d, i) => (p.axes.includes(i) ? 1 : d));
  const reshaped = bind1(reshapeP, [ans], { new_sizes: shape, dimensions: null, sharding: null });
  const eq = bind1(eqP, [x, reshaped], {});
  const indicators = convertTo(eq, g.aval.withShape(eq.aval.shape).strongly());
  const counts = reduceSum(indicators, p.axes);
  return bind1(divP, [reduceSum(bind1(mulP, [g, indicators], {}), p.axes), counts], {});
}

/**
 * `_reduce_prod_jvp_rule` (lax's `_reduce_jvp`): the reduced axes moved to the front and flattened, then the
 * product taken as a tree of pairwise multiplications, differentiated with `jvp`. No reduce_prod is bound.
 */
function reduceProdJvp(
  primals: readonly Value[],
  tangents: readonly Tangent[],
  p: ReduceParams,
): [Value[], Tangent[]] {
  const [x] = primals;
  const shape = x.aval.shape;
  const axes = [...p.axes];
  const nonAxes = shape.map((_d, i) => i).filter((i) => !axes.includes(i));
  const n = axes.reduce((acc, a) => acc * shape[a], 1);
  const newShape = [n, ...nonAxes.map((i) => shape[i])];
  const perm = [...axes, ...nonAxes];
  const flatten = (v: Value): Value => reshapeWithDimensions(v, newShape, perm);
  const init = npConst(x, 1);
  const tree = ([v]: Value[]): Value[] => {
    let xs = v;
    while (xs.aval.shape[0] > 1) {
      const len = xs.aval.shape[0];
      const n1 = Math.floor((len + 1) / 2);
      const first = sliceInDim(xs, 0, n1);
      let second = sliceInDim(xs, n1, len);
      if (len - n1 !== n1) {
        const config = xs.aval.shape.map((_d, i): [number, number, number] =>
          i === 0 ? [0, 1, 0] : [0, 0, 0],
        );
        second = bind1(padP, [second, init], { padding_config: config });
      }
      xs = bind1(mulP, [first, second], {});
    }
    if (xs.aval.shape[0] === 0) throw notSupported("the derivative of a product over an empty axis");
    return [bind1(squeezeP, [xs], { dimensions: [0] })];
  };
  const { primalsOut, tangentsOut } = jvpFlat(tree, [flatten(x)], [flatten(instantiate(tangents[0]))]);
  return [primalsOut, tangentsOut.map(instantiate)];
}

/** `lax.reshape(x, sizes, dimensions)`: `dimensions` dropped when it is the identity. */
function reshapeWithDimensions(x: Value, sizes: readonly number[], dims: readonly number[]): Value {
  const identity = dims.every((d, i) => d === i);
  const same = x.aval.shape.length === sizes.length && x.aval.shape.every((d, i) => d === sizes[i]);
  if (x.aval.ndim > 0 && same && identity && !(x instanceof ArrayValue && x.origin !== "jax")) return x;
  return bind1(reshapeP, [x], {
    new_sizes: [...sizes],
    dimensions: identity ? null : [...dims],
    sharding: null,
  });
}

/** `slicing.slice_in_dim(x, start, limit)` along axis 0: strides given explicitly (they print as `(1, ...)`). */
function sliceInDim(x: Value, start: number, limit: number): Value {
  const s = x.aval.shape;
  return bind1(sliceP, [x], {
    start_indices: s.map((_d, i) => (i === 0 ? start : 0)),
    limit_indices: s.map((d, i) => (i === 0 ? limit : d)),
    strides: s.map(() => 1),
  });
}
