// numpy's reductions (sum, prod, mean, max, min...), summing floats pairwise as numpy does, so that
// results agree to the last bit.
import type { Shape } from "../core/aval.ts";
import { type DType, dtypeInfo } from "../core/dtypes.ts";
import { EngineError } from "../core/errors.ts";
import { roundToDType } from "../core/storage.ts";
import type { ArrayValue } from "../core/values.ts";
import { npMeanType, npSumType } from "./promotion.ts";
import { npArray } from "./values.ts";

export type AxisArg = number | readonly number[] | null;

/** numpy.exceptions.AxisError's message; the Python side raises AxisError for it. */
export function axisError(axis: number, ndim: number): EngineError {
  return new EngineError("ValueError", `axis ${axis} is out of bounds for array of dimension ${ndim}`);
}

export function normalizeAxes(axis: AxisArg, ndim: number): number[] {
  if (axis === null) return Array.from({ length: ndim }, (_, i) => i);
  const list = typeof axis === "number" ? [axis] : [...axis];
  const out = list.map((a) => {
    if (a < -ndim || a >= ndim) throw axisError(a, ndim);
    return a < 0 ? a + ndim : a;
  });
  if (new Set(out).size !== out.length) throw new EngineError("ValueError", "duplicate value in 'axis'");
  return out;
}

const PAIRWISE_BLOCK = 128;
/** The iterator's buffer: when a reduction casts its input, numpy sums it in chunks of this size. */
const BUFFER_SIZE = 8192;

type Read = (i: number) => number;

/** numpy's pairwise summation (loops_utils.h), `round` applying the accumulator's precision. */
function pairwiseSum(read: Read, start: number, n: number, round: (x: number) => number): number {
  if (n < 8) {
    let res = -0;
    for (let i = 0; i < n; i++) res = round(res + read(start + i));
    return res;
  }
  if (n <= PAIRWISE_BLOCK) {
    const r = new Array<number>(8);
    for (let j = 0; j < 8; j++) r[j] = read(start + j);
    let i = 8;
    for (; i < n - (n % 8); i += 8) {
      for (let j = 0; j < 8; j++) r[j] = round(r[j] + read(start + i + j));
    }
    let res = round(
      round(round(r[0] + r[1]) + round(r[2] + r[3])) + round(round(r[4] + r[5]) + round(r[6] + r[7])),
    );
    for (; i < n; i++) res = round(res + read(start + i));
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return round(pairwiseSum(read, start, n2, round) + pairwiseSum(read, start + n2, n - n2, round));
}

/** How each output element is reduced: over `count` inputs at `base(o) + offset(k)`. */
interface Plan {
  readonly outShape: number[];
  readonly keptShape: number[];
  readonly count: number;
  /** The reduced axes are the trailing ones: each output reads one contiguous run (numpy sums it pairwise). */
  readonly contiguous: boolean;
  readonly base: Int32Array;
  readonly offset: Int32Array;
}

function planReduction(shape: Shape, axes: readonly number[], keepdims: boolean): Plan {
  const ndim = shape.length;
  const reduced = new Set(axes);
  const strides = new Array<number>(ndim);
  let s = 1;
  for (let i = ndim - 1; i >= 0; i--) {
    strides[i] = s;
    s *= shape[i];
  }
  const kept = [...Array(ndim).keys()].filter((i) => !reduced.has(i));
  const red = [...Array(ndim).keys()].filter((i) => reduced.has(i));
  const offsetsOver = (dims: number[]): Int32Array => {
    const n = dims.reduce((a, d) => a * shape[d], 1);
    const out = new Int32Array(n);
    for (let idx = 0; idx < n; idx++) {
      let rem = idx;
      let off = 0;
      for (let j = dims.length - 1; j >= 0; j--) {
        const d = dims[j];
        off += (rem % shape[d]) * strides[d];
        rem = Math.floor(rem / shape[d]);
      }
      out[idx] = off;
    }
    return out;
  };
  const keptShape = kept.map((d) => shape[d]);
  const outShape = keepdims ? shape.map((d, i) => (reduced.has(i) ? 1 : d)) : keptShape;
  const contiguous = red.every((d, i) => d === ndim - red.length + i);
  return {
    outShape,
    keptShape,
    count: red.reduce((a, d) => a * shape[d], 1),
    contiguous,
    base: offsetsOver(kept),
    offset: offsetsOver(red),
  };
}

function reduceWith(
  a: ArrayValue,
  axis: AxisArg,
  keepdims: boolean,
  outDType: DType,
  each: (read: Read, plan: Plan) => number,
): ArrayValue {
  const plan = planReduction(a.shape, normalizeAxes(axis, a.shape.length), keepdims);
  const out = new Array<number>(plan.base.length);
  const data = a.data;
  for (let o = 0; o < out.length; o++) {
    const b = plan.base[o];
    const read: Read = plan.contiguous ? (k) => data[b + k] : (k) => data[b + plan.offset[k]];
    out[o] = each(read, plan);
  }
  return npArray(plan.outShape, outDType, out);
}

/** The precision an accumulator of this dtype keeps (numpy sums float16 in float32). */
function accumulatorRound(d: DType): (x: number) => number {
  if (d === "float32" || d === "float16") return Math.fround;
  return (x) => x;
}

/** Sum of `count` values as numpy's add.reduce computes it in dtype `acc`. */
function sumOf(read: Read, plan: Plan, acc: DType, casts: boolean): number {
  const n = plan.count;
  if (dtypeInfo(acc).kind !== "f") {
    let s = 0;
    for (let k = 0; k < n; k++) s += read(k);
    return s;
  }
  const round = accumulatorRound(acc);
  const load: Read = acc === "float16" ? read : (k) => round(read(k));
  if (!plan.contiguous) {
    let s = 0;
    for (let k = 0; k < n; k++) s = round(s + load(k));
    return s;
  }
  if (!casts) return round(0 + pairwiseSum(load, 0, n, round));
  let s = 0;
  for (let start = 0; start < n; start += BUFFER_SIZE)
    s = round(s + pairwiseSum(load, start, Math.min(BUFFER_SIZE, n - start), round));
  return s;
}

export function npSum(a: ArrayValue, axis: AxisArg, dtype: DType | null, keepdims: boolean): ArrayValue {
  const acc = dtype ?? npSumType(a.dtype);
  const casts = acc !== a.dtype;
  return reduceWith(a, axis, keepdims, acc, (read, plan) => sumOf(read, plan, acc, casts));
}

export function npProd(a: ArrayValue, axis: AxisArg, dtype: DType | null, keepdims: boolean): ArrayValue {
  const acc = dtype ?? npSumType(a.dtype);
  const info = dtypeInfo(acc);
  if (info.kind === "f") {
    // float16 multiplies in float32 and rounds once at the end, as numpy's half loops do.
    const round = accumulatorRound(acc);
    return reduceWith(a, axis, keepdims, acc, (read, plan) => {
      let p = 1;
      for (let k = 0; k < plan.count; k++) p = round(p * read(k));
      return p;
    });
  }
  // Integer products wrap around as numpy's fixed-width integers do.
  const wrap = (x: bigint): bigint =>
    info.kind === "u" ? BigInt.asUintN(info.bits, x) : BigInt.asIntN(info.bits, x);
  return reduceWith(a, axis, keepdims, acc, (read, plan) => {
    let p = 1n;
    for (let k = 0; k < plan.count; k++) p = wrap(p * BigInt(read(k)));
    return Number(p);
  });
}

export function npMean(a: ArrayValue, axis: AxisArg, dtype: DType | null, keepdims: boolean): ArrayValue {
  const result = dtype ?? npMeanType(a.dtype);
  // numpy sums float16 in float32 and integers in float64, then divides in that type.
  const acc = result === "float16" && dtype === null ? "float32" : result;
  const casts = acc !== a.dtype;
  const round = (x: number): number => roundToDType(acc, x);
  return reduceWith(a, axis, keepdims, result, (read, plan) => {
    if (plan.count === 0) return NaN;
    return roundToDType(result, round(sumOf(read, plan, acc, casts) / plan.count));
  });
}

function extremum(name: "maximum" | "minimum", better: (x: number, y: number) => boolean) {
  return (a: ArrayValue, axis: AxisArg, keepdims: boolean): ArrayValue => {
    const axes = normalizeAxes(axis, a.shape.length);
    if (axes.some((d) => a.shape[d] === 0) || a.aval.size === 0) {
      throw new EngineError(
        "ValueError",
        `zero-size array to reduction operation ${name} which has no identity`,
      );
    }
    return reduceWith(a, axis, keepdims, a.dtype, (read, plan) => {
      let m = read(0);
      for (let k = 1; k < plan.count && !Number.isNaN(m); k++) {
        const x = read(k);
        if (Number.isNaN(x) || better(x, m)) m = x;
      }
      return m;
    });
  };
}

export const npMax = extremum("maximum", (x, y) => x > y);
export const npMin = extremum("minimum", (x, y) => x < y);

export function npAny(a: ArrayValue, axis: AxisArg, keepdims: boolean): ArrayValue {
  return reduceWith(a, axis, keepdims, "bool", (read, plan) => {
    for (let k = 0; k < plan.count; k++) if (read(k) !== 0) return 1;
    return 0;
  });
}

export function npAll(a: ArrayValue, axis: AxisArg, keepdims: boolean): ArrayValue {
  return reduceWith(a, axis, keepdims, "bool", (read, plan) => {
    for (let k = 0; k < plan.count; k++) if (read(k) === 0) return 0;
    return 1;
  });
}

function argExtremum(name: "argmax" | "argmin", better: (x: number, y: number) => boolean) {
  return (a: ArrayValue, axis: number | null, keepdims: boolean): ArrayValue => {
    const flat = axis === null;
    const src = flat ? npArray([a.aval.size], a.dtype, a.data) : a;
    const ax = flat ? 0 : axis;
    if (src.shape.length === 0 ? false : src.shape[normalizeAxes(ax, src.shape.length)[0]] === 0) {
      throw new EngineError("ValueError", `attempt to get ${name} of an empty sequence`);
    }
    const r = reduceWith(
      src,
      src.shape.length === 0 ? null : ax,
      keepdims && !flat,
      "int64",
      (read, plan) => {
        let best = 0;
        let m = read(0);
        for (let k = 1; k < plan.count && !Number.isNaN(m); k++) {
          const x = read(k);
          if (Number.isNaN(x) || better(x, m)) {
            m = x;
            best = k;
          }
        }
        return best;
      },
    );
    if (flat && keepdims)
      return npArray(
        a.shape.map(() => 1),
        "int64",
        r.data,
      );
    return r;
  };
}

export const npArgmax = argExtremum("argmax", (x, y) => x > y);
export const npArgmin = argExtremum("argmin", (x, y) => x < y);
