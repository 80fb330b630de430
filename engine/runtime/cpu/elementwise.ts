import { type ShapedArray, type Shape, stridesOf } from "../../core/aval.ts";
import { allocate, roundToDType, type TypedArray } from "../../core/storage.ts";
import { ArrayValue } from "../../core/values.ts";

/** Store computed doubles into the output's typed array, rounding narrow floats (f16/bf16). */
function finish(out: TypedArray, outAval: ShapedArray): ArrayValue {
  const d = outAval.dtype;
  if (d === "float16" || d === "bfloat16") {
    for (let i = 0; i < out.length; i++) out[i] = roundToDType(d, out[i]);
  }
  return new ArrayValue(outAval, out);
}

export function mapUnary(x: ArrayValue, outAval: ShapedArray, f: (v: number) => number): ArrayValue {
  const out = allocate(outAval.dtype, outAval.size);
  const src = x.data;
  for (let i = 0; i < out.length; i++) out[i] = f(src[i]);
  return finish(out, outAval);
}

/** An operand's strides over the output's dimensions: 0 where lax broadcasts it (rank 0, or a size-1 dim). */
function broadcastStrides(inShape: Shape, outShape: Shape): number[] {
  if (inShape.length === 0) return outShape.map(() => 0);
  const strides = stridesOf(inShape);
  return inShape.map((d, i) => (d === 1 && outShape[i] !== 1 ? 0 : strides[i]));
}

const sameShape = (a: Shape, b: Shape): boolean => a.length === b.length && a.every((d, i) => d === b[i]);

/**
 * Visit the output row by row (all dimensions but the last), giving each operand's offset at the row's
 * start; the kernel then walks the last dimension with each operand's own stride.
 */
function forEachRow(
  outShape: Shape,
  operandStrides: readonly number[][],
  visit: (outOffset: number, offsets: readonly number[]) => void,
): void {
  const nd = outShape.length;
  const last = nd ? outShape[nd - 1] : 1;
  const rows = last === 0 ? 0 : outShape.reduce((a, b) => a * b, 1) / last;
  const counter = new Array<number>(Math.max(nd - 1, 0)).fill(0);
  const offsets = operandStrides.map(() => 0);
  for (let r = 0; r < rows; r++) {
    visit(r * last, offsets);
    for (let ax = nd - 2; ax >= 0; ax--) {
      counter[ax]++;
      for (let k = 0; k < offsets.length; k++) offsets[k] += operandStrides[k][ax];
      if (counter[ax] < outShape[ax]) break;
      for (let k = 0; k < offsets.length; k++) offsets[k] -= operandStrides[k][ax] * counter[ax];
      counter[ax] = 0;
    }
  }
}

export function mapBinary(
  a: ArrayValue,
  b: ArrayValue,
  outAval: ShapedArray,
  f: (x: number, y: number) => number,
): ArrayValue {
  const out = allocate(outAval.dtype, outAval.size);
  const n = out.length;
  const ad = a.data;
  const bd = b.data;
  const shape = outAval.shape;
  if (sameShape(a.shape, shape) && sameShape(b.shape, shape)) {
    for (let i = 0; i < n; i++) out[i] = f(ad[i], bd[i]);
  } else if (sameShape(a.shape, shape) && b.aval.size === 1) {
    const y = bd[0];
    for (let i = 0; i < n; i++) out[i] = f(ad[i], y);
  } else if (a.aval.size === 1 && sameShape(b.shape, shape)) {
    const x = ad[0];
    for (let i = 0; i < n; i++) out[i] = f(x, bd[i]);
  } else {
    const sa = broadcastStrides(a.shape, shape);
    const sb = broadcastStrides(b.shape, shape);
    const last = shape.length ? shape[shape.length - 1] : 1;
    const la = shape.length ? sa[shape.length - 1] : 0;
    const lb = shape.length ? sb[shape.length - 1] : 0;
    forEachRow(shape, [sa, sb], (o, [pa, pb]) => {
      for (let j = 0; j < last; j++) out[o + j] = f(ad[pa + j * la], bd[pb + j * lb]);
    });
  }
  return finish(out, outAval);
}

export function mapTernary(
  a: ArrayValue,
  b: ArrayValue,
  c: ArrayValue,
  outAval: ShapedArray,
  f: (x: number, y: number, z: number) => number,
): ArrayValue {
  const out = allocate(outAval.dtype, outAval.size);
  const shape = outAval.shape;
  const strides = [a, b, c].map((v) => broadcastStrides(v.shape, shape));
  const nd = shape.length;
  const last = nd ? shape[nd - 1] : 1;
  const [la, lb, lc] = strides.map((s) => (nd ? s[nd - 1] : 0));
  const [ad, bd, cd] = [a.data, b.data, c.data];
  forEachRow(shape, strides, (o, [pa, pb, pc]) => {
    for (let j = 0; j < last; j++) out[o + j] = f(ad[pa + j * la], bd[pb + j * lb], cd[pc + j * lc]);
  });
  return finish(out, outAval);
}
