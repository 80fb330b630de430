import { type ShapedArray, type Shape, stridesOf } from "../../core/aval.ts";
import { isFloating } from "../../core/dtypes.ts";
import { allocate, roundToDType, type TypedArray } from "../../core/storage.ts";
import { ArrayValue } from "../../core/values.ts";

/** Store computed doubles into the output's typed array, rounding narrow floats (f16/bf16). */
function finish(out: TypedArray, outAval: ShapedArray): ArrayValue {
  const d = outAval.dtype;
  if (d === "float16" || d === "bfloat16") {
    for (let i = 0; i < out.length; i++) out[i] = roundToDType(d, out[i]);
  } else if (d === "bool") {
    // Already 0/1 by construction of the kernels.
  }
  return new ArrayValue(outAval, out);
}

export function mapUnary(x: ArrayValue, outAval: ShapedArray, f: (v: number) => number): ArrayValue {
  const out = allocate(outAval.dtype, outAval.size);
  const src = x.data;
  for (let i = 0; i < out.length; i++) out[i] = f(src[i]);
  return finish(out, outAval);
}

/**
 * Index map from output positions to an operand that lax broadcasts: rank 0, or the same rank with
 * size-1 dimensions. Returns null when the operand already has the output's shape.
 */
function broadcastIndex(inShape: Shape, outShape: Shape): Int32Array | "scalar" | null {
  if (inShape.length === 0) return "scalar";
  if (inShape.every((d, i) => d === outShape[i])) return null;
  const outSize = outShape.reduce((a, b) => a * b, 1);
  const inStrides = stridesOf(inShape).map((s, i) => (inShape[i] === 1 ? 0 : s));
  const idx = new Int32Array(outSize);
  const counter = new Array<number>(outShape.length).fill(0);
  let pos = 0;
  for (let i = 0; i < outSize; i++) {
    idx[i] = pos;
    for (let ax = outShape.length - 1; ax >= 0; ax--) {
      counter[ax]++;
      pos += inStrides[ax];
      if (counter[ax] < outShape[ax]) break;
      pos -= inStrides[ax] * counter[ax];
      counter[ax] = 0;
    }
  }
  return idx;
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
  const ai = broadcastIndex(a.shape, outAval.shape);
  const bi = broadcastIndex(b.shape, outAval.shape);
  if (ai === null && bi === null) {
    for (let i = 0; i < n; i++) out[i] = f(ad[i], bd[i]);
  } else if (ai === null && bi === "scalar") {
    const y = bd[0];
    for (let i = 0; i < n; i++) out[i] = f(ad[i], y);
  } else if (ai === "scalar" && bi === null) {
    const x = ad[0];
    for (let i = 0; i < n; i++) out[i] = f(x, bd[i]);
  } else {
    const ga = ai === null ? (i: number) => i : ai === "scalar" ? () => 0 : (i: number) => ai[i];
    const gb = bi === null ? (i: number) => i : bi === "scalar" ? () => 0 : (i: number) => bi[i];
    for (let i = 0; i < n; i++) out[i] = f(ad[ga(i)], bd[gb(i)]);
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
  const idx = [a, b, c].map((v) => broadcastIndex(v.shape, outAval.shape));
  const get = idx.map((ix) => (ix === null ? (i: number) => i : ix === "scalar" ? () => 0 : (i: number) => ix[i]));
  const [ad, bd, cd] = [a.data, b.data, c.data];
  for (let i = 0; i < out.length; i++) out[i] = f(ad[get[0](i)], bd[get[1](i)], cd[get[2](i)]);
  return finish(out, outAval);
}

export const isFloatAval = (a: ShapedArray): boolean => isFloating(a.dtype);
