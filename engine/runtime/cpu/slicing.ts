// CPU kernels of slice, dynamic_slice and dynamic_update_slice: strided copies between row-major arrays.
import { type Shape, type ShapedArray, stridesOf } from "../../core/aval.ts";
import { isComplex, isExtended } from "../../core/dtypes.ts";
import { allocate } from "../../core/storage.ts";
import { ArrayValue } from "../../core/values.ts";

/** Typed-array slots per element: complex numbers interleave their two parts; a PRNG key holds two words. */
export function slotsPerElement(aval: ShapedArray): number {
  return isComplex(aval.dtype) || isExtended(aval.dtype) ? 2 : 1;
}

/**
 * Walks a box of `shape` in row-major order with two running offsets, each starting at its base and moving
 * by its own step per axis, calling `visit(a, b)` for every element.
 */
export function walkBoxPair(
  shape: Shape,
  baseA: number,
  stepsA: readonly number[],
  baseB: number,
  stepsB: readonly number[],
  visit: (a: number, b: number) => void,
): void {
  const n = shape.reduce((x, y) => x * y, 1);
  if (n === 0) return;
  const rank = shape.length;
  const counter = new Array<number>(rank).fill(0);
  let a = baseA;
  let b = baseB;
  for (let i = 0; i < n; i++) {
    visit(a, b);
    for (let ax = rank - 1; ax >= 0; ax--) {
      counter[ax]++;
      a += stepsA[ax];
      b += stepsB[ax];
      if (counter[ax] < shape[ax]) break;
      a -= stepsA[ax] * counter[ax];
      b -= stepsB[ax] * counter[ax];
      counter[ax] = 0;
    }
  }
}

/** As walkBoxPair, with the second offset the element's row-major position in the box. */
export function walkBox(
  shape: Shape,
  base: number,
  steps: readonly number[],
  visit: (src: number, i: number) => void,
): void {
  walkBoxPair(shape, base, steps, 0, stridesOf(shape), visit);
}

/** `out[i] = x[start + i * stride]` over the output box. */
export function stridedSlice(
  x: ArrayValue,
  start: readonly number[],
  strides: readonly number[],
  outAval: ShapedArray,
): ArrayValue {
  const w = slotsPerElement(outAval);
  const out = allocate(outAval.dtype, outAval.size);
  const xStrides = stridesOf(x.shape);
  const base = start.reduce((acc, s, ax) => acc + s * xStrides[ax], 0);
  const steps = xStrides.map((s, ax) => s * strides[ax]);
  const src = x.data;
  walkBox(outAval.shape, base, steps, (from, i) => {
    for (let k = 0; k < w; k++) out[i * w + k] = src[from * w + k];
  });
  return new ArrayValue(outAval, out);
}

/** XLA clamps dynamic start indices so that the whole window lies inside the operand. */
export function clampStarts(starts: readonly number[], operand: Shape, window: Shape): number[] {
  return starts.map((s, ax) => Math.min(Math.max(s, 0), operand[ax] - window[ax]));
}

/** A copy of `operand` with `update` written at the (already clamped) `start`. */
export function updateSlice(
  operand: ArrayValue,
  update: ArrayValue,
  start: readonly number[],
  outAval: ShapedArray,
): ArrayValue {
  const w = slotsPerElement(outAval);
  const out = allocate(outAval.dtype, outAval.size);
  out.set(operand.data as never);
  const oStrides = stridesOf(operand.shape);
  const base = start.reduce((acc, s, ax) => acc + s * oStrides[ax], 0);
  const src = update.data;
  walkBox(update.shape, base, oStrides, (to, i) => {
    for (let k = 0; k < w; k++) out[to * w + k] = src[i * w + k];
  });
  return new ArrayValue(outAval, out);
}

/** Start indices given as scalar arrays, read as numbers. */
export function scalarIndices(xs: readonly ArrayValue[]): number[] {
  return xs.map((x) => Number(x.data[0]));
}
