// numpy's float-to-text functions: format_float_positional / format_float_scientific
// (FormatPositional / FormatScientific in dragon4.c), the str() of numpy float scalars, and the
// C "%g" text that ml_dtypes prints for bfloat16 values.

import { floatDigits, roundedSignificant, type Digits } from "./float-digits.ts";
import type { FloatType } from "./float-parts.ts";

/**
 * numpy's trim modes: "k" keeps trailing zeros and the point, "." trims zeros but keeps the point,
 * "0" trims all but one zero after the point, "-" trims zeros and the point.
 */
export type TrimMode = "k" | "." | "0" | "-";

export interface PositionalOptions {
  /** Maximum digits after the point (or in total when not fractional); -1 for no limit. */
  readonly precision?: number;
  readonly unique?: boolean;
  readonly fractional?: boolean;
  readonly trim?: TrimMode;
  /** Show "+" on positive values. */
  readonly sign?: boolean;
  readonly padLeft?: number;
  readonly padRight?: number;
  readonly minDigits?: number;
}

export interface ScientificOptions {
  readonly precision?: number;
  readonly unique?: boolean;
  readonly trim?: TrimMode;
  readonly sign?: boolean;
  readonly padLeft?: number;
  readonly expDigits?: number;
  readonly minDigits?: number;
}

function signOf(value: number, showPlus: boolean): string {
  if (value < 0 || Object.is(value, -0)) return "-";
  return showPlus ? "+" : "";
}

/** Dragon4's text for inf and nan (nan never shows a sign). */
function nonFiniteText(value: number, showPlus: boolean): string {
  return Number.isNaN(value) ? "nan" : `${signOf(value, showPlus)}inf`;
}

/** `np.format_float_positional` with numpy's defaults (trim "k", unique, fractional). */
export function formatPositional(value: number, type: FloatType, o: PositionalOptions = {}): string {
  const sign = o.sign ?? false;
  if (!Number.isFinite(value)) return nonFiniteText(value, sign);
  const unique = o.unique ?? true;
  const fractional = o.fractional ?? true;
  const precision = o.precision ?? -1;
  const minDigits = o.minDigits ?? -1;
  const trim = o.trim ?? "k";
  const d = floatDigits(value, type, {
    unique,
    cutoffMode: fractional ? "fraction" : "total",
    cutoffMax: precision,
    cutoffMin: minDigits,
  });
  const signText = signOf(value, sign);
  return layoutPositional(d, signText, {
    addDigits: unique ? minDigits : precision,
    fractional,
    trim,
    padLeft: o.padLeft ?? -1,
    padRight: o.padRight ?? -1,
  });
}

interface PositionalLayout {
  readonly addDigits: number;
  readonly fractional: boolean;
  readonly trim: TrimMode;
  readonly padLeft: number;
  readonly padRight: number;
}

function layoutPositional(d: Digits, signText: string, o: PositionalLayout): string {
  const { digits, exponent } = d;
  let body: string;
  let wholeDigits: number;
  let fractionDigits: number;
  if (exponent >= 0) {
    wholeDigits = exponent + 1;
    if (digits.length <= wholeDigits) {
      body = digits + "0".repeat(wholeDigits - digits.length);
      fractionDigits = 0;
    } else {
      body = `${digits.slice(0, wholeDigits)}.${digits.slice(wholeDigits)}`;
      fractionDigits = digits.length - wholeDigits;
    }
  } else {
    const zeros = -(exponent + 1);
    body = `0.${"0".repeat(zeros)}${digits}`;
    fractionDigits = zeros + digits.length;
    wholeDigits = 1;
  }
  if (o.trim !== "-" && fractionDigits === 0) body += ".";

  const desired = o.fractional ? Math.max(o.addDigits, 0) : o.addDigits - wholeDigits;
  if (o.trim === "0") {
    if (fractionDigits === 0) {
      body += "0";
      fractionDigits++;
    }
  } else if (o.trim === "k" && desired > fractionDigits) {
    body += "0".repeat(desired - fractionDigits);
    fractionDigits = desired;
  }
  if (o.trim !== "k" && fractionDigits > 0) {
    let end = body.length;
    while (body.charCodeAt(end - 1) === 48) {
      end--;
      fractionDigits--;
    }
    body = body.slice(0, end);
    if (body.endsWith(".")) {
      if (o.trim === "0") {
        body += "0";
        fractionDigits++;
      } else if (o.trim === "-") {
        body = body.slice(0, -1);
      }
    }
  }
  if (o.padRight >= fractionDigits) {
    if (o.trim === "-" && fractionDigits === 0) body += " ";
    body += " ".repeat(o.padRight - fractionDigits);
  }
  const text = signText + body;
  const leftWidth = wholeDigits + signText.length;
  return o.padLeft > leftWidth ? " ".repeat(o.padLeft - leftWidth) + text : text;
}

/** `np.format_float_scientific` with numpy's defaults (trim "k", unique). */
export function formatScientific(value: number, type: FloatType, o: ScientificOptions = {}): string {
  const sign = o.sign ?? false;
  if (!Number.isFinite(value)) return nonFiniteText(value, sign);
  const unique = o.unique ?? true;
  const precision = o.precision ?? -1;
  const minDigits = o.minDigits ?? -1;
  const trim = o.trim ?? "k";
  const signText = signOf(value, sign);
  const padLeft = o.padLeft ?? -1;
  const leftChars = 1 + signText.length;
  let out = padLeft > leftChars ? " ".repeat(padLeft - leftChars) : "";
  out += signText;

  const d = floatDigits(value, type, {
    unique,
    cutoffMode: "total",
    cutoffMax: precision < 0 ? -1 : precision + 1,
    cutoffMin: minDigits < 0 ? -1 : minDigits + 1,
  });
  out += d.digits[0];
  let fractionDigits = d.digits.length - 1;
  if (fractionDigits > 0) out += `.${d.digits.slice(1)}`;
  if (trim !== "-" && fractionDigits === 0) out += ".";

  const addDigits = Math.max(unique ? minDigits : precision, 0);
  if (trim === "0") {
    if (fractionDigits === 0) {
      out += "0";
      fractionDigits++;
    }
  } else if (trim === "k" && addDigits > fractionDigits) {
    out += "0".repeat(addDigits - fractionDigits);
    fractionDigits = addDigits;
  }
  if (trim !== "k" && fractionDigits > 0) {
    // Only zeros go here: a "." left bare stays, even in trim mode "-" (as numpy does).
    let end = out.length;
    while (out.charCodeAt(end - 1) === 48) end--;
    out = out.slice(0, end);
    if (trim === "0" && out.endsWith(".")) out += "0";
  }
  return out + exponentText(d.exponent, o.expDigits ?? -1);
}

/** "e+05": the exponent with a sign and at least `minDigits` digits (2 by default, at most 5). */
function exponentText(exponent: number, minDigits: number): string {
  const width = minDigits < 0 ? 2 : Math.min(minDigits, 5);
  return `e${exponent < 0 ? "-" : "+"}${String(Math.abs(exponent)).padStart(width, "0")}`;
}

/** Above this magnitude a numpy float scalar prints in scientific notation. */
const SCALAR_POSITIONAL_LIMIT: Record<Exclude<FloatType, "bfloat16">, number> = {
  float16: 1e3,
  float32: 1e6,
  float64: 1e16,
};

/** `str()` of a numpy float scalar: `1.5`, `1e-05`, `1e+16`, `-0.0`, `nan`; bfloat16 as ml_dtypes prints it. */
export function numpyFloatScalarStr(value: number, type: FloatType): string {
  if (type === "bfloat16") return cFormatG(value, type);
  const abs = Math.abs(value);
  const positional = Number.isNaN(value) || abs === 0 || (abs < SCALAR_POSITIONAL_LIMIT[type] && abs >= 1e-4);
  return positional
    ? formatPositional(value, type, { trim: "0" })
    : formatScientific(value, type, { trim: "-" });
}

/**
 * C's printf("%g") with precision 6, which is what C++ streams print for a float and hence what
 * ml_dtypes shows for bfloat16 scalars: `1`, `2.5`, `3.14062`, `1.00136e-05`, `nan`, `-inf`.
 */
export function cFormatG(value: number, type: FloatType): string {
  if (Number.isNaN(value)) return "nan";
  if (!Number.isFinite(value)) return value < 0 ? "-inf" : "inf";
  const sign = value < 0 || Object.is(value, -0) ? "-" : "";
  if (value === 0) return `${sign}0`;
  const d = roundedSignificant(value, type, 6);
  const digits = d.digits.replace(/0+$/, "") || "0";
  const x = d.exponent;
  if (x < -4 || x >= 6) {
    const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${mantissa}${exponentText(x, 2)}`;
  }
  if (x < 0) return `${sign}0.${"0".repeat(-x - 1)}${digits}`;
  if (digits.length <= x + 1) return sign + digits + "0".repeat(x + 1 - digits.length);
  return `${sign}${digits.slice(0, x + 1)}.${digits.slice(x + 1)}`;
}
