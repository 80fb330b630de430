// numpy's Dragon4 digit generator (numpy/_core/src/multiarray/dragon4.c), on exact BigInts.
// It is the reference: float-digits.ts answers most requests faster and falls back here when unsure.

import type { FloatParts } from "./float-parts.ts";

/** Significant digits (no leading zeros) and the decimal exponent of the first one. */
export interface Digits {
  readonly digits: string;
  readonly exponent: number;
}

export type CutoffMode = "total" | "fraction";

export interface DigitRequest {
  /** Shortest digits that round-trip (numpy's DigitMode_Unique), or the exact value's digits. */
  readonly unique: boolean;
  readonly cutoffMode: CutoffMode;
  /** Print at most this many digits (total, or past the decimal point); -1 for no limit. */
  readonly cutoffMax: number;
  /** Print at least this many digits; -1 for no minimum. */
  readonly cutoffMin: number;
}

// numpy writes log10(2) with more digits than a double holds; this is the same double.
const LOG10_2 = 0.3010299956639812;
/** Digits beyond this many are never produced (numpy's output buffer size). */
const BUFFER_SIZE = 16384;

const pow10Cache: bigint[] = [];
function pow10(n: number): bigint {
  let p = pow10Cache[n];
  if (p === undefined) {
    p = 10n ** BigInt(n);
    if (n < 400) pow10Cache[n] = p;
  }
  return p;
}

/** Digits of |value| exactly as numpy's Dragon4 produces them. */
export function dragon4(parts: FloatParts, req: DigitRequest): Digits {
  if (parts.mantissa === 0) return { digits: "0", exponent: 0 };
  const mantissa = BigInt(parts.mantissa);
  const e = parts.exponent;
  const isEven = parts.mantissa % 2 === 0;

  // value = scaledValue / scale; the margins are half the gaps to the neighbouring floats.
  let scaledValue: bigint;
  let scale: bigint;
  let marginLow: bigint;
  let marginHigh: bigint;
  if (parts.unequalMargins) {
    if (e > 0) {
      scaledValue = mantissa << BigInt(e + 2);
      scale = 4n;
      marginLow = 1n << BigInt(e);
    } else {
      scaledValue = mantissa << 2n;
      scale = 1n << BigInt(-e + 2);
      marginLow = 1n;
    }
    marginHigh = marginLow * 2n;
  } else {
    if (e > 0) {
      scaledValue = mantissa << BigInt(e + 1);
      scale = 2n;
      marginLow = 1n << BigInt(e);
    } else {
      scaledValue = mantissa << 1n;
      scale = 1n << BigInt(-e + 1);
      marginLow = 1n;
    }
    marginHigh = marginLow;
  }

  // Estimate of floor(log10(value)) + 1, correct or one too low (exactly as numpy computes it,
  // because the fractional clamp below depends on the estimate).
  let digitExponent = Math.ceil((parts.mantissaBit + e) * LOG10_2 - 0.69);
  if (req.cutoffMax >= 0 && req.cutoffMode === "fraction" && digitExponent <= -req.cutoffMax) {
    digitExponent = -req.cutoffMax + 1;
  }
  if (digitExponent > 0) {
    scale *= pow10(digitExponent);
  } else if (digitExponent < 0) {
    const p = pow10(-digitExponent);
    scaledValue *= p;
    marginLow *= p;
    marginHigh *= p;
  }
  if (scaledValue >= scale) {
    digitExponent += 1;
  } else {
    scaledValue *= 10n;
    marginLow *= 10n;
    marginHigh *= 10n;
  }

  let cutoffMaxExponent = digitExponent - BUFFER_SIZE;
  if (req.cutoffMax >= 0) {
    const desired = req.cutoffMode === "total" ? digitExponent - req.cutoffMax : -req.cutoffMax;
    if (desired > cutoffMaxExponent) cutoffMaxExponent = desired;
  }
  let cutoffMinExponent = digitExponent;
  if (req.cutoffMin >= 0) {
    const desired = req.cutoffMode === "total" ? digitExponent - req.cutoffMin : -req.cutoffMin;
    if (desired < cutoffMinExponent) cutoffMinExponent = desired;
  }
  let outExponent = digitExponent - 1;

  const out: number[] = [];
  let low = false;
  let high = false;
  let outputDigit: number;
  if (req.unique) {
    for (;;) {
      digitExponent -= 1;
      outputDigit = Number(scaledValue / scale);
      scaledValue %= scale;
      const valueHigh = scaledValue + marginHigh;
      low = isEven ? scaledValue <= marginLow : scaledValue < marginLow;
      high = isEven ? valueHigh >= scale : valueHigh > scale;
      if (((low || high) && digitExponent <= cutoffMinExponent) || digitExponent === cutoffMaxExponent) break;
      out.push(outputDigit);
      scaledValue *= 10n;
      marginLow *= 10n;
      marginHigh *= 10n;
    }
  } else {
    for (;;) {
      digitExponent -= 1;
      outputDigit = Number(scaledValue / scale);
      scaledValue %= scale;
      if (scaledValue === 0n || digitExponent === cutoffMaxExponent) break;
      out.push(outputDigit);
      scaledValue *= 10n;
    }
  }

  let roundDown = low;
  if (low === high) {
    const twice = scaledValue * 2n;
    roundDown = twice < scale;
    if (twice === scale) roundDown = (outputDigit & 1) === 0;
  }
  if (roundDown) {
    out.push(outputDigit);
  } else if (outputDigit < 9) {
    out.push(outputDigit + 1);
  } else {
    // Carry: drop trailing nines and bump the first other digit, or become a single 1.
    while (out.length > 0 && out[out.length - 1] === 9) out.pop();
    if (out.length === 0) {
      out.push(1);
      outExponent += 1;
    } else {
      out[out.length - 1] += 1;
    }
  }
  return { digits: out.join(""), exponent: outExponent };
}
