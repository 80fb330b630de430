// numpy's array creation: np.array, arange, linspace, zeros, ones, full, eye.
import type { Shape } from "../core/aval.ts";
import { type DType, dtypeInfo } from "../core/dtypes.ts";
import { EngineError, notSupported } from "../core/errors.ts";
import { roundToDType } from "../core/storage.ts";
import type { ArrayValue } from "../core/values.ts";
import { npPromoteTypes, npResultType } from "./promotion.ts";
import { asDType, castTo, npArray, operandOf, type PyKind, sizeOf } from "./values.ts";

const DEFAULT_OF_KIND: Record<PyKind, DType> = { bool: "bool", int: "int64", float: "float64" };

export function checkShape(shape: Shape): void {
  for (const d of shape) {
    if (d < 0) throw new EngineError("ValueError", "negative dimensions are not allowed");
  }
}

/** np.array of nested Python scalars, flattened by the Python side. */
export function arrayFromFlat(
  flat: ArrayLike<number>,
  shape: Shape,
  kind: PyKind,
  dtype: DType | null,
): ArrayValue {
  if (kind === "int" && dtype === null) {
    for (let i = 0; i < flat.length; i++) {
      const x = flat[i];
      if (x < -(2 ** 63) || x >= 2 ** 63) {
        // numpy falls back to uint64, then to Python objects.
        throw new EngineError("OverflowError", "Python int too large to convert to C long");
      }
    }
  }
  return npArray(shape, dtype ?? DEFAULT_OF_KIND[kind], flat);
}

/**
 * np.array of a sequence holding numpy values (or a mix with Python scalars): each leaf is a value of
 * shape `leafShape`. Python scalars count as their default dtype here (no NEP 50 weakness in np.array).
 */
export function arrayFromLeaves(
  leaves: readonly ArrayValue[],
  outer: Shape,
  dtype: DType | null,
): ArrayValue {
  const leafShape = leaves.length ? leaves[0].shape : [];
  for (const l of leaves) {
    if (l.shape.length !== leafShape.length || l.shape.some((d, i) => d !== leafShape[i])) {
      throw new EngineError(
        "ValueError",
        `setting an array element with a sequence. The requested array has an inhomogeneous shape after ${outer.length} dimensions. The detected shape was (${outer.join(", ")}${outer.length === 1 ? "," : ""}) + inhomogeneous part.`,
      );
    }
  }
  const resolved =
    dtype ??
    (leaves.length === 0
      ? "float64"
      : leaves
          .map((l) => {
            const o = operandOf(l);
            return o.python ? DEFAULT_OF_KIND[o.python] : o.dtype;
          })
          .reduce(npPromoteTypes));
  const leafSize = sizeOf(leafShape);
  const flat = new Array<number>(leaves.length * leafSize);
  leaves.forEach((l, i) => {
    const c = asDType(l, resolved);
    for (let k = 0; k < leafSize; k++) flat[i * leafSize + k] = c.data[k];
  });
  return npArray([...outer, ...leafShape], resolved, flat);
}

export function full(shape: Shape, fill: ArrayValue, dtype: DType | null): ArrayValue {
  checkShape(shape);
  if (fill.shape.length !== 0) throw notSupported("non-scalar fill values in numpy.full");
  const o = operandOf(fill);
  const d = dtype ?? (o.python ? DEFAULT_OF_KIND[o.python] : fill.dtype);
  const n = sizeOf(shape);
  const c = castTo(fill, d);
  return npArray(shape, d, new Array<number>(n).fill(c.data[0]));
}

export function eye(n: number, m: number | null, k: number, dtype: DType): ArrayValue {
  const cols = m ?? n;
  checkShape([n, cols]);
  const data = new Array<number>(n * cols).fill(0);
  for (let i = 0; i < n; i++) {
    const j = i + k;
    if (j >= 0 && j < cols) data[i * cols + j] = 1;
  }
  return npArray([n, cols], dtype, data);
}

/** np.arange: numpy computes the first two values, then fills `start + i*delta` in the result's dtype. */
export function arange(
  start: ArrayValue,
  stop: ArrayValue | null,
  step: ArrayValue | null,
  dtype: DType | null,
): ArrayValue {
  const args = [start, stop, step].filter((v): v is ArrayValue => v !== null);
  // Python scalars count as int64/float64 here, as np.arange sees them as Python objects.
  const d =
    dtype ??
    npResultType(
      args.map((v) => {
        const o = operandOf(v);
        return { dtype: o.python ? DEFAULT_OF_KIND[o.python] : o.dtype };
      }),
    );
  const s0 = start.data[0];
  const s1 = stop === null ? null : stop.data[0];
  const st = step === null ? 1 : step.data[0];
  const [lo, hi] = s1 === null ? [0, s0] : [s0, s1];
  if (st === 0) throw new EngineError("ZeroDivisionError", "division by zero");
  const len = Math.max(0, Math.ceil((hi - lo) / st));
  if (!Number.isFinite(len)) throw new EngineError("ValueError", "arange: cannot compute length");
  const out = new Array<number>(len);
  const kind = dtypeInfo(d).kind;
  if (kind === "f") {
    const first = roundToDType(d, lo);
    const delta = roundToDType(d, roundToDType(d, lo + st) - first);
    for (let i = 0; i < len; i++)
      out[i] =
        i === 0
          ? first
          : i === 1
            ? roundToDType(d, lo + st)
            : roundToDType(d, first + roundToDType(d, i * delta));
  } else {
    for (let i = 0; i < len; i++) out[i] = lo + i * st;
  }
  return npArray([len], d, out);
}

/** np.linspace for scalar endpoints, following numpy's function_base.linspace step by step. */
export function linspace(
  start: ArrayValue,
  stop: ArrayValue,
  num: number,
  endpoint: boolean,
  dtype: DType | null,
): ArrayValue {
  if (num < 0) throw new EngineError("ValueError", `Number of samples, ${num}, must be non-negative.`);
  // `dt = result_type(start, stop, float(num))`, then computed in dt (a float type).
  const ops = [operandOf(start), operandOf(stop), { dtype: "float64" as DType, python: "float" as const }];
  const dt = npResultType(ops);
  const r = (x: number): number => roundToDType(dt, x);
  const a = r(start.data[0]);
  const b = r(stop.data[0]);
  const div = endpoint ? num - 1 : num;
  const delta = r(b - a);
  const step = div > 0 ? r(delta / div) : NaN;
  const out = new Array<number>(num);
  for (let i = 0; i < num; i++) {
    let y: number;
    if (div > 0) y = step === 0 ? r(r(i / div) * delta) : r(i * step);
    else y = r(i * delta);
    out[i] = r(y + a);
  }
  if (endpoint && num > 1) out[num - 1] = b;
  const result = npArray([num], dt, out);
  if (dtype === null || dtype === dt) return result;
  if (dtypeInfo(dtype).kind !== "f") {
    return castTo(npArray([num], dt, out.map(Math.floor)), dtype);
  }
  return castTo(result, dtype);
}
