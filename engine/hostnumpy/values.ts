// numpy values in the engine: ArrayValues with origin "numpy" (never weakly typed), plus Python
// scalars on their way into a numpy operation (origin "python", weakly typed as NEP 50 treats them).
import { ShapedArray, type Shape, shapeSize } from "../core/aval.ts";
import { type DType, dtypeInfo, isFloating } from "../core/dtypes.ts";
import { EngineError } from "../core/errors.ts";
import { allocate, roundToDType } from "../core/storage.ts";
import { ArrayValue } from "../core/values.ts";
import type { NpOperand } from "./promotion.ts";
import { checkNumpyDType } from "./promotion.ts";

export function npArray(shape: Shape, dtype: DType, data: ArrayLike<number>): ArrayValue {
  checkNumpyDType(dtype);
  return storeValues(new ShapedArray([...shape], dtype, false), data);
}

export const PY_KINDS = ["bool", "int", "float"] as const;
export type PyKind = (typeof PY_KINDS)[number];

/** A Python bool, int or float entering numpy code. */
export function pyScalar(kind: PyKind, value: number): ArrayValue {
  if (kind === "int" && !(value >= -(2 ** 63) && value < 2 ** 64)) {
    throw new EngineError("OverflowError", "Python int too large to convert to C long");
  }
  const dtype: DType = kind === "bool" ? "bool" : kind === "int" ? "int64" : "float64";
  const aval = new ShapedArray([], dtype, kind !== "bool");
  const data = allocate(dtype, 1);
  data[0] = kind === "bool" ? (value ? 1 : 0) : value;
  return new ArrayValue(aval, data, "python", kind === "float" ? value : undefined);
}

export function isPyScalar(v: ArrayValue): boolean {
  return v.origin === "python";
}

export function operandOf(v: ArrayValue): NpOperand {
  if (!isPyScalar(v)) return { dtype: v.dtype };
  const python: PyKind = v.dtype === "bool" ? "bool" : isFloating(v.dtype) ? "float" : "int";
  return { dtype: v.dtype, python };
}

const INT_RANGES: Partial<Record<DType, [number, number]>> = {
  int8: [-128, 127],
  int16: [-32768, 32767],
  int32: [-(2 ** 31), 2 ** 31 - 1],
  int64: [-(2 ** 63), 2 ** 63 - 1],
  uint8: [0, 255],
  uint16: [0, 65535],
  uint32: [0, 2 ** 32 - 1],
  uint64: [0, 2 ** 64 - 1],
};

/** NEP 50: a Python int meeting an integer array must fit the array's type. */
export function checkPyIntFits(v: ArrayValue, dtype: DType): void {
  if (!isPyScalar(v) || !v.aval.weakType || isFloating(v.dtype)) return;
  const range = INT_RANGES[dtype];
  const x = v.data[0];
  if (range && (x < range[0] || x > range[1])) {
    throw new EngineError("OverflowError", `Python integer ${intString(x)} out of bounds for ${dtype}`);
  }
}

function intString(x: number): string {
  return Number.isSafeInteger(x) ? String(x) : BigInt(x).toString();
}

/** One element converted as a C cast does on x86-64 (numpy's astype with unsafe casting). */
function castElement(dtype: DType, x: number): number {
  const kind = dtypeInfo(dtype).kind;
  if (kind === "b") return x !== 0 ? 1 : 0;
  if (kind === "f") return roundToDType(dtype, x);
  const t = Math.trunc(x);
  if (dtypeInfo(dtype).bits === 64) {
    if (!Number.isFinite(t) || t < -(2 ** 63) || t >= 2 ** 64) return -(2 ** 63);
    return dtype === "int64" && t >= 2 ** 63 ? t - 2 ** 64 : dtype === "uint64" && t < 0 ? t + 2 ** 64 : t;
  }
  // Narrower integers convert through a 32-bit (or 64-bit for uint32) integer, then wrap.
  if (!Number.isFinite(t)) return -(2 ** 31);
  if (dtype !== "uint32" && (t < -(2 ** 31) || t >= 2 ** 31)) return -(2 ** 31);
  return t;
}

function storeValues(aval: ShapedArray, values: ArrayLike<number>): ArrayValue {
  const out = allocate(aval.dtype, aval.size);
  for (let i = 0; i < out.length; i++) out[i] = castElement(aval.dtype, values[i]);
  return new ArrayValue(aval, out, "numpy");
}

/** `a.astype(dtype)`: always a new array. */
export function castTo(v: ArrayValue, dtype: DType): ArrayValue {
  checkNumpyDType(dtype);
  return storeValues(new ShapedArray(v.shape, dtype, false), v.data);
}

/** As castTo, but returns the value itself (as a numpy value) when it already has that dtype. */
export function asDType(v: ArrayValue, dtype: DType): ArrayValue {
  if (v.dtype === dtype && v.origin === "numpy") return v;
  if (v.dtype === dtype) return new ArrayValue(new ShapedArray(v.shape, dtype, false), v.data, "numpy");
  return castTo(v, dtype);
}

export function reshaped(v: ArrayValue, shape: Shape): ArrayValue {
  return new ArrayValue(new ShapedArray([...shape], v.dtype, v.aval.weakType), v.data, v.origin, v.pyValue);
}

/** numpy's shape text inside broadcast errors: `(2,3)`, `(2,)`, `()`. */
function compactShape(shape: Shape): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(",")})`;
}

export function broadcastShapes(shapes: readonly Shape[]): number[] {
  const rank = Math.max(0, ...shapes.map((s) => s.length));
  const out = new Array<number>(rank).fill(1);
  for (const s of shapes) {
    for (let i = 0; i < s.length; i++) {
      const j = rank - s.length + i;
      if (s[i] === out[j] || s[i] === 1) continue;
      if (out[j] === 1) out[j] = s[i];
      else {
        throw new EngineError(
          "ValueError",
          `operands could not be broadcast together with shapes ${shapes.map(compactShape).join(" ")} `,
        );
      }
    }
  }
  return out;
}

/** The value with leading unit dimensions so that it has `rank` dimensions. */
export function withRank(v: ArrayValue, rank: number): ArrayValue {
  if (v.shape.length === rank) return v;
  return reshaped(v, [...new Array<number>(rank - v.shape.length).fill(1), ...v.shape]);
}

export function sizeOf(shape: Shape): number {
  return shapeSize(shape);
}
