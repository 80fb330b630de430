// CPU kernel of XLA's Scatter (https://www.openxla.org/xla/operation_semantics#scatter), with JAX's
// out-of-bounds modes: windows are clamped into the operand, or dropped whole when any start index is out of
// range. Updates are applied in order (scatter indices outermost), so with repeated indices the last wins.
import { type ShapedArray, stridesOf } from "../../core/aval.ts";
import { type DType, isFloating } from "../../core/dtypes.ts";
import { allocate, roundToDType } from "../../core/storage.ts";
import { ArrayValue } from "../../core/values.ts";
import { range, unravel } from "./gather.ts";
import { slotsPerElement, walkBoxPair } from "./slicing.ts";

export interface ScatterSpec {
  readonly updateWindowDims: readonly number[];
  readonly insertedWindowDims: readonly number[];
  readonly scatterDimsToOperandDims: readonly number[];
  readonly operandBatchingDims: readonly number[];
  readonly scatterIndicesBatchingDims: readonly number[];
  readonly outOfBounds: "clamp" | "drop";
  /** How an update meets the value already there (`update_jaxpr`); null replaces it. */
  readonly combine: ((old: number, update: number) => number) | null;
}

export function scatterCpu(
  operand: ArrayValue,
  indices: ArrayValue,
  updates: ArrayValue,
  spec: ScatterSpec,
  outAval: ShapedArray,
): ArrayValue {
  const w = slotsPerElement(outAval);
  const out = allocate(outAval.dtype, outAval.size);
  out.set(operand.data as never);
  const oShape = operand.shape;
  const oStrides = stridesOf(oShape);
  const uShape = updates.shape;
  const uStrides = stridesOf(uShape);
  const iStrides = stridesOf(indices.shape);
  const windowSet = new Set(spec.updateWindowDims);
  const scatterDims = range(uShape.length).filter((d) => !windowSet.has(d));
  const windowOperandDims = range(oShape.length).filter(
    (d) => !spec.insertedWindowDims.includes(d) && !spec.operandBatchingDims.includes(d),
  );
  const windowSize = new Array<number>(oShape.length).fill(1);
  windowOperandDims.forEach((d, k) => (windowSize[d] = uShape[spec.updateWindowDims[k]]));
  const windowShape = spec.updateWindowDims.map((d) => uShape[d]);
  const windowOperandSteps = windowOperandDims.map((d) => oStrides[d]);
  const windowUpdateSteps = spec.updateWindowDims.map((d) => uStrides[d]);
  const scatterShape = scatterDims.map((d) => uShape[d]);
  const scatterCount = scatterShape.reduce((a, b) => a * b, 1);
  const coord = new Array<number>(scatterShape.length).fill(0);
  const start = new Array<number>(oShape.length);
  const idx = indices.data;
  const upd = updates.data;
  const round = roundingOf(outAval.dtype);
  const combine = spec.combine;
  for (let s = 0; s < scatterCount; s++) {
    unravel(s, scatterShape, coord);
    let iBase = 0;
    for (let t = 0; t < coord.length; t++) iBase += coord[t] * iStrides[t];
    start.fill(0);
    spec.scatterDimsToOperandDims.forEach((d, i) => (start[d] = Number(idx[iBase + i])));
    spec.operandBatchingDims.forEach((d, j) => (start[d] = coord[spec.scatterIndicesBatchingDims[j]]));
    if (spec.outOfBounds === "clamp") {
      for (const d of spec.scatterDimsToOperandDims)
        start[d] = Math.min(Math.max(start[d], 0), oShape[d] - windowSize[d]);
    } else if (start.some((v, d) => v < 0 || v > oShape[d] - windowSize[d])) {
      continue;
    }
    let uBase = 0;
    scatterDims.forEach((d, t) => (uBase += coord[t] * uStrides[d]));
    const oBase = start.reduce((acc, v, d) => acc + v * oStrides[d], 0);
    walkBoxPair(windowShape, oBase, windowOperandSteps, uBase, windowUpdateSteps, (to, from) => {
      if (combine === null) {
        for (let k = 0; k < w; k++) out[to * w + k] = upd[from * w + k];
      } else {
        out[to] = round(combine(out[to], upd[from]));
      }
    });
  }
  return new ArrayValue(outAval, out);
}

function roundingOf(d: DType): (x: number) => number {
  return isFloating(d) ? (x) => roundToDType(d, x) : (x) => x;
}
