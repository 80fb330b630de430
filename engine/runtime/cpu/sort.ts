// lax.sort on the CPU: every operand is permuted along `dimension` by the lexicographic order of the
// first `numKeys` operands. Floats use JAX's total order: -0.0 equals 0.0 and NaNs sort last.
import { shapeSize, stridesOf } from "../../core/aval.ts";
import { isComplex } from "../../core/dtypes.ts";
import { allocate } from "../../core/storage.ts";
import { ArrayValue } from "../../core/values.ts";

function compareNumbers(a: number, b: number): number {
  const an = Number.isNaN(a);
  const bn = Number.isNaN(b);
  if (an || bn) return an === bn ? 0 : an ? 1 : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

export function sortCpu(operands: readonly ArrayValue[], dimension: number, numKeys: number): ArrayValue[] {
  const shape = operands[0].shape;
  const n = shape[dimension];
  const stride = stridesOf(shape)[dimension];
  const lanes = n === 0 ? 0 : shapeSize(shape) / n;
  const keys = operands.slice(0, numKeys);
  const outs = operands.map((x) => allocate(x.dtype, x.data.length));
  const order = Array.from({ length: n }, (_, i) => i);

  const compareAt = (p: number, q: number): number => {
    for (const k of keys) {
      if (isComplex(k.dtype)) {
        const c =
          compareNumbers(k.data[2 * p], k.data[2 * q]) ||
          compareNumbers(k.data[2 * p + 1], k.data[2 * q + 1]);
        if (c) return c;
      } else {
        const c = compareNumbers(k.data[p], k.data[q]);
        if (c) return c;
      }
    }
    return 0;
  };

  for (let lane = 0; lane < lanes; lane++) {
    // The first element of this lane: lanes enumerate the coordinates of every other axis.
    const base = Math.floor(lane / stride) * stride * n + (lane % stride);
    for (let i = 0; i < n; i++) order[i] = i;
    order.sort((i, j) => compareAt(base + i * stride, base + j * stride));
    operands.forEach((x, o) => {
      const out = outs[o];
      const width = isComplex(x.dtype) ? 2 : 1;
      for (let i = 0; i < n; i++) {
        const from = (base + order[i] * stride) * width;
        const to = (base + i * stride) * width;
        for (let w = 0; w < width; w++) out[to + w] = x.data[from + w];
      }
    });
  }
  return operands.map((x, o) => new ArrayValue(x.aval, outs[o]));
}
