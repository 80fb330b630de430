// CPU kernel of XLA's Gather (https://www.openxla.org/xla/operation_semantics#gather), with JAX's
// out-of-bounds modes: windows are clamped into the operand, or filled with a constant when any start
// index is out of range.
import { type ShapedArray, stridesOf } from "../../core/aval.ts";
import { allocate } from "../../core/storage.ts";
import { ArrayValue } from "../../core/values.ts";
import { slotsPerElement, walkBoxPair } from "./slicing.ts";

export interface GatherSpec {
  readonly offsetDims: readonly number[];
  readonly collapsedSliceDims: readonly number[];
  readonly startIndexMap: readonly number[];
  readonly operandBatchingDims: readonly number[];
  readonly startIndicesBatchingDims: readonly number[];
  readonly sliceSizes: readonly number[];
  /** Out-of-range windows: "clamp" moves them inside the operand, "fill" writes `fillValue` instead. */
  readonly outOfBounds: "clamp" | "fill";
  readonly fillValue: number;
}

export function gatherCpu(
  operand: ArrayValue,
  indices: ArrayValue,
  spec: GatherSpec,
  outAval: ShapedArray,
): ArrayValue {
  const w = slotsPerElement(outAval);
  const out = allocate(outAval.dtype, outAval.size);
  const oShape = operand.shape;
  const oStrides = stridesOf(oShape);
  const iStrides = stridesOf(indices.shape);
  const indexRank = indices.shape.length;
  const outRank = outAval.shape.length;
  const offsetSet = new Set(spec.offsetDims);
  const batchOutDims = range(outRank).filter((d) => !offsetSet.has(d));
  const windowDims = range(oShape.length).filter(
    (d) => !spec.collapsedSliceDims.includes(d) && !spec.operandBatchingDims.includes(d),
  );
  const src = operand.data;
  const idx = indices.data;
  const start = new Array<number>(oShape.length);
  // The window box inside the operand: offset dims walk the operand's window dims.
  const windowShape = spec.offsetDims.map((_, k) => spec.sliceSizes[windowDims[k]]);
  const windowSteps = windowDims.map((d) => oStrides[d]);
  const batchShape = batchOutDims.map((d) => outAval.shape[d]);
  const outStrides = stridesOf(outAval.shape);
  const outSteps = spec.offsetDims.map((d) => outStrides[d]);
  const batchCoord = new Array<number>(batchShape.length).fill(0);
  const batchCount = batchShape.reduce((a, b) => a * b, 1);
  for (let b = 0; b < batchCount; b++) {
    unravel(b, batchShape, batchCoord);
    // The batch coordinates are the index array's coordinates without its last (index vector) axis.
    let iBase = 0;
    for (let t = 0; t < batchCoord.length; t++) iBase += batchCoord[t] * iStrides[t];
    start.fill(0);
    let outside = false;
    spec.startIndexMap.forEach((d, i) => {
      const v = Number(idx[iBase + i * (indexRank > 0 ? iStrides[indexRank - 1] : 1)]);
      const hi = oShape[d] - spec.sliceSizes[d];
      if (spec.outOfBounds === "fill" && (v < 0 || v > hi)) outside = true;
      start[d] = Math.min(Math.max(v, 0), hi);
    });
    spec.operandBatchingDims.forEach((d, j) => {
      start[d] = batchCoord[spec.startIndicesBatchingDims[j]];
    });
    let outBase = 0;
    batchOutDims.forEach((d, t) => (outBase += batchCoord[t] * outStrides[d]));
    const srcBase = start.reduce((acc, s, d) => acc + s * oStrides[d], 0);
    walkBoxPair(windowShape, srcBase, windowSteps, outBase, outSteps, (from, to) => {
      for (let k = 0; k < w; k++)
        out[to * w + k] = outside ? (k === 0 ? spec.fillValue : 0) : src[from * w + k];
    });
  }
  return new ArrayValue(outAval, out);
}

export function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

/** Row-major coordinates of flat index `flat` in `shape`, written into `coord`. */
export function unravel(flat: number, shape: readonly number[], coord: number[]): void {
  for (let ax = shape.length - 1; ax >= 0; ax--) {
    coord[ax] = flat % shape[ax];
    flat = Math.floor(flat / shape[ax]);
  }
}
