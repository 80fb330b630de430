// CPU kernels of the data-movement primitives (transpose, rev, tile, pad, concatenate, ...).
// Each is one walk over the output: every output axis says which source coordinate it reads
// (an index map per axis) and how far apart source coordinates are (a stride).
import { type Shape, type ShapedArray, shapeSize, stridesOf } from "../../core/aval.ts";
import { isComplex, isExtended } from "../../core/dtypes.ts";
import { allocate, roundToDType, type TypedArray } from "../../core/storage.ts";
import { ArrayValue } from "../../core/values.ts";

/** How many typed-array slots one element takes (complex numbers interleave two; a PRNG key holds two words). */
export function elementWidth(aval: ShapedArray): number {
  return isComplex(aval.dtype) || isExtended(aval.dtype) ? 2 : 1;
}

/** One output axis: for each output coordinate, the source coordinate it reads, or -1 for "fill". */
export interface AxisRead {
  readonly map: Int32Array;
  readonly stride: number;
}

export function identityMap(n: number): Int32Array {
  const m = new Int32Array(n);
  for (let i = 0; i < n; i++) m[i] = i;
  return m;
}

/**
 * out[i0, i1, ...] = src[base + sum_k map_k[i_k] * stride_k], or `fill` where some map_k[i_k] is -1.
 * `fill` is one element (width slots).
 */
export function gatherAxes(
  src: TypedArray,
  outAval: ShapedArray,
  axes: readonly AxisRead[],
  fill?: ArrayLike<number>,
): ArrayValue {
  const width = elementWidth(outAval);
  const shape = outAval.shape;
  const size = shapeSize(shape);
  const out = allocate(outAval.dtype, size * width);
  if (size === 0) return new ArrayValue(outAval, out);
  const nd = shape.length;
  // Per axis, the source offset of each coordinate (NaN marks padding).
  const contrib = axes.map(({ map, stride }) =>
    Float64Array.from(map, (m) => (m < 0 ? NaN : m * stride * width)),
  );
  const counter = new Array<number>(nd).fill(0);
  const partial = new Float64Array(nd + 1);
  for (let k = 0; k < nd; k++) partial[k + 1] = partial[k] + contrib[k][0];
  for (let i = 0; i < size; i++) {
    const off = partial[nd];
    if (Number.isNaN(off)) {
      for (let w = 0; w < width; w++) out[i * width + w] = (fill as ArrayLike<number>)[w];
    } else {
      for (let w = 0; w < width; w++) out[i * width + w] = src[off + w];
    }
    let ax = nd - 1;
    while (ax >= 0) {
      counter[ax]++;
      if (counter[ax] < shape[ax]) break;
      counter[ax] = 0;
      ax--;
    }
    if (ax < 0) break;
    for (let k = ax; k < nd; k++) partial[k + 1] = partial[k] + contrib[k][counter[k]];
  }
  return new ArrayValue(outAval, out);
}

/** The same elements under a new shape (reshape, squeeze): a copy, since values are immutable anyway. */
export function relabel(x: ArrayValue, outAval: ShapedArray): ArrayValue {
  return new ArrayValue(outAval, x.data.slice() as TypedArray);
}

export function transposeCpu(
  x: ArrayValue,
  permutation: readonly number[],
  outAval: ShapedArray,
): ArrayValue {
  const strides = stridesOf(x.shape);
  return gatherAxes(
    x.data,
    outAval,
    permutation.map((p) => ({ map: identityMap(x.shape[p]), stride: strides[p] })),
  );
}

export function revCpu(x: ArrayValue, dimensions: readonly number[], outAval: ShapedArray): ArrayValue {
  const strides = stridesOf(x.shape);
  return gatherAxes(
    x.data,
    outAval,
    x.shape.map((n, k) => {
      const map = identityMap(n);
      if (dimensions.includes(k)) map.reverse();
      return { map, stride: strides[k] };
    }),
  );
}

export function tileCpu(x: ArrayValue, outAval: ShapedArray): ArrayValue {
  const strides = stridesOf(x.shape);
  return gatherAxes(
    x.data,
    outAval,
    outAval.shape.map((n, k) => ({
      map: Int32Array.from({ length: n }, (_, i) => i % x.shape[k]),
      stride: strides[k],
    })),
  );
}

/** lax.pad: low/high padding (negative values crop) and interior padding between elements. */
export function padCpu(
  x: ArrayValue,
  padValue: ArrayValue,
  config: readonly (readonly [number, number, number])[],
  outAval: ShapedArray,
): ArrayValue {
  const strides = stridesOf(x.shape);
  const axes = outAval.shape.map((n, k) => {
    const [lo, , interior] = config[k];
    const map = new Int32Array(n).fill(-1);
    for (let j = 0; j < x.shape[k]; j++) {
      const at = lo + j * (interior + 1);
      if (at >= 0 && at < n) map[at] = j;
    }
    return { map, stride: strides[k] };
  });
  return gatherAxes(x.data, outAval, axes, padValue.data);
}

/** Sources laid side by side along `dimension`. */
export function concatenateCpu(
  xs: readonly ArrayValue[],
  dimension: number,
  outAval: ShapedArray,
): ArrayValue {
  const width = elementWidth(outAval);
  const out = allocate(outAval.dtype, outAval.size * width);
  const shape = outAval.shape;
  const outer = shapeSize(shape.slice(0, dimension));
  const inner = shapeSize(shape.slice(dimension + 1)) * width;
  const rowOut = shape[dimension] * inner;
  let at = 0;
  for (const x of xs) {
    const rowIn = x.shape[dimension] * inner;
    for (let o = 0; o < outer; o++) {
      out.set(x.data.subarray(o * rowIn, (o + 1) * rowIn) as never, o * rowOut + at);
    }
    at += rowIn;
  }
  return new ArrayValue(outAval, out);
}

/** Pieces of `x` along `axis`, of the given sizes. */
export function splitCpu(x: ArrayValue, axis: number, outAvals: readonly ShapedArray[]): ArrayValue[] {
  const width = elementWidth(x.aval);
  const outer = shapeSize(x.shape.slice(0, axis));
  const inner = shapeSize(x.shape.slice(axis + 1)) * width;
  const rowIn = x.shape[axis] * inner;
  let at = 0;
  return outAvals.map((aval) => {
    const rowOut = aval.shape[axis] * inner;
    const out = allocate(aval.dtype, aval.size * width);
    for (let o = 0; o < outer; o++) {
      out.set(x.data.subarray(o * rowIn + at, o * rowIn + at + rowOut) as never, o * rowOut);
    }
    at += rowOut;
    return new ArrayValue(aval, out);
  });
}

/** Broadcast-free iota along `dimension`: each element holds its coordinate on that axis. */
export function iotaCpu(outAval: ShapedArray, dimension: number): ArrayValue {
  const out = allocate(outAval.dtype, outAval.size);
  const shape: Shape = outAval.shape;
  const inner = shapeSize(shape.slice(dimension + 1));
  const n = shape[dimension];
  const d = outAval.dtype;
  for (let i = 0; i < out.length; i++) out[i] = roundToDType(d, Math.floor(i / inner) % n);
  return new ArrayValue(outAval, out);
}
