// numpy's per-array element formatters (arrayprint.py: FloatingFormat, IntegerFormat, BoolFormat),
// built from the elements that will be shown so that every element gets the same width.

import type { DType } from "../core/dtypes.ts";
import { roundFloat16 } from "../core/storage.ts";
import { cFormatG, formatPositional, formatScientific } from "./float-format.ts";
import type { FloatType } from "./float-parts.ts";

/** Formats one element, given its value as held in the typed array. */
export type ElementFormatter = (x: number) => string;

/** numpy's default print precision: at most 8 digits after the point (or the mantissa's point). */
const PRINT_PRECISION = 8;

export function elementFormatter(
  dtype: DType,
  shown: readonly number[],
  isScalar: boolean,
): ElementFormatter {
  switch (dtype) {
    case "bool": {
      const trueText = isScalar ? "True" : " True";
      return (x) => (x ? trueText : "False");
    }
    case "float16":
    case "float32":
    case "float64":
      return floatingFormatter(dtype, shown);
    case "bfloat16":
      // ml_dtypes types are not numpy floating types: numpy prints each element's own repr, unpadded.
      return (x) => cFormatG(x, "bfloat16");
    case "complex64":
    case "complex128":
      throw new Error("Traceur does not support complex numbers yet");
    default:
      return integerFormatter(shown);
  }
}

/** Python's str of an integer held in a double. */
export function intText(x: number): string {
  return Number.isSafeInteger(x) ? String(x) : BigInt(x).toString();
}

function integerFormatter(shown: readonly number[]): ElementFormatter {
  let width = 0;
  if (shown.length > 0) {
    let max = shown[0];
    let min = shown[0];
    for (const v of shown) {
      if (v > max) max = v;
      if (v < min) min = v;
    }
    width = Math.max(intText(max).length, intText(min).length);
  }
  return (x) => intText(x).padStart(width);
}

/** Where numpy switches an array to scientific notation: 10**min(8, finfo(dtype).precision). */
const EXP_CUTOFF_MAX: Record<Exclude<FloatType, "bfloat16">, number> = {
  float16: 1e3,
  float32: 1e6,
  float64: 1e8,
};

/** Rounding of a float64 computation result to the array's dtype, as numpy's scalar math does. */
function toType(type: FloatType, x: number): number {
  if (type === "float64") return x;
  const f = Math.fround(x);
  return type === "float16" ? roundFloat16(f) : f;
}

/** numpy's FloatingFormat with floatmode "maxprec", sign "-", suppress False. */
function floatingFormatter(type: Exclude<FloatType, "bfloat16">, shown: readonly number[]): ElementFormatter {
  const finite = shown.filter(Number.isFinite);
  let expFormat = false;
  let max = 0;
  let min = Infinity;
  for (const v of finite) {
    const a = Math.abs(v);
    if (a === 0) continue;
    if (a > max) max = a;
    if (a < min) min = a;
  }
  if (max > 0) {
    // numpy compares in the array's dtype: 0.0001 and max/min are rounded to it first.
    expFormat = max >= EXP_CUTOFF_MAX[type] || min < toType(type, 1e-4) || toType(type, max / min) > 1000;
  }

  let padLeft = 0;
  let padRight = 0;
  let precision = PRINT_PRECISION;
  let expSize = -1;
  let unpadded: Map<number, string> | undefined;
  if (finite.length > 0 && expFormat) {
    let fracLen = 0;
    for (const v of finite) {
      const s = formatScientific(v, type, { precision: PRINT_PRECISION, unique: true, trim: "." });
      const e = s.indexOf("e");
      const dot = s.indexOf(".");
      padLeft = Math.max(padLeft, dot);
      fracLen = Math.max(fracLen, e - dot - 1);
      expSize = Math.max(expSize, s.length - e - 2);
    }
    precision = fracLen;
    padRight = expSize + 2 + precision;
  } else if (finite.length > 0) {
    unpadded = new Map();
    for (const v of finite) {
      const s = positionalUnpadded(v, type);
      if (v !== 0) unpadded.set(v, s);
      const dot = s.indexOf(".");
      padLeft = Math.max(padLeft, dot);
      padRight = Math.max(padRight, s.length - dot - 1);
    }
  }
  if (finite.length !== shown.length) {
    const negInf = shown.some((v) => v === -Infinity) ? 1 : 0;
    const offset = padRight + 1;
    padLeft = Math.max(padLeft, 3 - offset, 3 + negInf - offset);
  }

  return (x) => {
    if (!Number.isFinite(x)) {
      const text = Number.isNaN(x) ? "nan" : x < 0 ? "-inf" : "inf";
      return " ".repeat(Math.max(0, padLeft + padRight + 1 - text.length)) + text;
    }
    if (expFormat) {
      return formatScientific(x, type, {
        precision,
        minDigits: precision,
        unique: true,
        trim: "k",
        padLeft,
        expDigits: expSize,
      });
    }
    // With trim "." the padded text is the unpadded text with spaces on both sides.
    const s = (x !== 0 ? unpadded?.get(x) : undefined) ?? positionalUnpadded(x, type);
    const dot = s.indexOf(".");
    return (
      " ".repeat(Math.max(0, padLeft - dot)) + s + " ".repeat(Math.max(0, padRight - (s.length - dot - 1)))
    );
  };
}

function positionalUnpadded(x: number, type: FloatType): string {
  return formatPositional(x, type, { precision: PRINT_PRECISION, unique: true, fractional: true, trim: "." });
}
