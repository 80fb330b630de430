// The binary layout of a float value of a given type: value = mantissa * 2**exponent.

export type FloatType = "float16" | "bfloat16" | "float32" | "float64";

/** A finite value split as numpy's Dragon4 sees it (dragon4.c, Dragon4_PrintFloat_IEEE_*). */
export interface FloatParts {
  readonly negative: boolean;
  /** Integer significand, implicit bit included; 0 for zero. Exact in a double (at most 53 bits). */
  readonly mantissa: number;
  readonly exponent: number;
  /** Index of the highest set bit of the mantissa. */
  readonly mantissaBit: number;
  /** The gap below is half the gap above (an exact power of two that is not the smallest normal). */
  readonly unequalMargins: boolean;
}

interface Layout {
  /** Significand bits, implicit bit included. */
  readonly precision: number;
  /** Exponent of the smallest normal value. */
  readonly minExponent: number;
}

const LAYOUTS: Record<FloatType, Layout> = {
  float16: { precision: 11, minExponent: -14 },
  bfloat16: { precision: 8, minExponent: -126 },
  float32: { precision: 24, minExponent: -126 },
  float64: { precision: 53, minExponent: -1022 },
};

const f64 = new Float64Array(1);
const f64Words = new Uint32Array(f64.buffer);
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Split a finite double into its binary exponent and 53-bit significand (exact). */
function splitDouble(x: number): { biasedExponent: number; fraction: number } {
  f64[0] = x;
  const hi = f64Words[LITTLE_ENDIAN ? 1 : 0];
  const lo = f64Words[LITTLE_ENDIAN ? 0 : 1];
  return { biasedExponent: (hi >>> 20) & 0x7ff, fraction: (hi & 0xfffff) * 2 ** 32 + lo };
}

/** Decompose a finite value already representable in `type` (narrow types are stored rounded). */
export function floatParts(value: number, type: FloatType): FloatParts {
  const negative = value < 0 || Object.is(value, -0);
  const abs = Math.abs(value);
  const { precision, minExponent } = LAYOUTS[type];
  if (abs === 0)
    return {
      negative,
      mantissa: 0,
      exponent: minExponent - precision + 1,
      mantissaBit: 0,
      unequalMargins: false,
    };
  const { biasedExponent, fraction } = splitDouble(abs);
  // floor(log2(abs)) from the double's own bits (doubles have a wider range than every type here).
  const log2 = biasedExponent === 0 ? highestBit(fraction) - 1074 : biasedExponent - 1023;
  if (log2 >= minExponent) {
    const exponent = log2 - (precision - 1);
    const mantissa = scaleByPowerOfTwo(abs, -exponent);
    const unequalMargins = log2 !== minExponent && mantissa === 2 ** (precision - 1);
    return { negative, mantissa, exponent, mantissaBit: precision - 1, unequalMargins };
  }
  const exponent = minExponent - (precision - 1);
  const mantissa = scaleByPowerOfTwo(abs, -exponent);
  return { negative, mantissa, exponent, mantissaBit: highestBit(mantissa), unequalMargins: false };
}

/** Index of the highest set bit of a positive integer below 2**53. */
function highestBit(n: number): number {
  return n >= 2 ** 32 ? 63 - Math.clz32(Math.floor(n / 2 ** 32)) : 31 - Math.clz32(n);
}

/** x * 2**k, exactly, even where 2**k alone would overflow. */
function scaleByPowerOfTwo(x: number, k: number): number {
  let r = x;
  let left = k;
  while (left > 1000) {
    r *= 2 ** 1000;
    left -= 1000;
  }
  while (left < -1000) {
    r *= 2 ** -1000;
    left += 1000;
  }
  return r * 2 ** left;
}

/** The exact value mantissa * 2**exponent as a fraction of BigInts. */
export function exactFraction(p: FloatParts): { num: bigint; den: bigint } {
  const m = BigInt(p.mantissa);
  return p.exponent >= 0
    ? { num: m << BigInt(p.exponent), den: 1n }
    : { num: m, den: 1n << BigInt(-p.exponent) };
}
