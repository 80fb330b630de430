// Decimal digits of float values, as numpy's Dragon4 (unique mode) prints them.
//
// The fast path leans on the engine's correctly rounded number-to-string conversions
// (String, toPrecision, toFixed all work on the exact binary value) and checks every place where
// they could disagree with Dragon4: boundary cases, exact ties (Dragon4 rounds half to even,
// toFixed/toPrecision round half up) and the odd rounding of powers of two. When unsure it
// defers to the exact BigInt Dragon4 in dragon4.ts.

import { dragon4, type Digits, type DigitRequest } from "./dragon4.ts";
import { exactFraction, floatParts, type FloatParts, type FloatType } from "./float-parts.ts";

export type { Digits, DigitRequest, CutoffMode } from "./dragon4.ts";

/** Digits of |value| for a value of the given float type. */
export function floatDigits(value: number, type: FloatType, req: DigitRequest): Digits {
  const parts = floatParts(value, type);
  if (parts.mantissa === 0) return { digits: "0", exponent: 0 };
  const fast = req.unique ? fastUniqueDigits(Math.abs(value), type, parts, req) : undefined;
  return fast ?? dragon4(parts, req);
}

/** The exact value rounded half to even to `significant` digits (C's printf does this). */
export function roundedSignificant(value: number, type: FloatType, significant: number): Digits {
  const parts = floatParts(value, type);
  if (parts.mantissa === 0) return { digits: "0", exponent: 0 };
  const fast = roundAt(Math.abs(value), parts, { kind: "precision", digits: significant });
  return (
    fast ?? dragon4(parts, { unique: false, cutoffMode: "total", cutoffMax: significant, cutoffMin: -1 })
  );
}

function fastUniqueDigits(
  v: number,
  type: FloatType,
  parts: FloatParts,
  req: DigitRequest,
): Digits | undefined {
  const shortest = type === "float64" ? shortestDouble(v) : shortestNarrow(v, type, parts);
  if (shortest === undefined) return undefined;
  const { cutoffMax, cutoffMin } = req;
  if (cutoffMax < 0 && cutoffMin < 0) return shortest;
  // The remaining fast cases: a maximum alone, or a minimum equal to the maximum.
  if (cutoffMax < 0 || (cutoffMin >= 0 && cutoffMin !== cutoffMax)) return undefined;

  let lastExponent: number;
  let rounding: Rounding;
  if (req.cutoffMode === "fraction") {
    lastExponent = -cutoffMax;
    rounding = { kind: "fixed", fractionDigits: cutoffMax };
  } else {
    if (cutoffMax < 1) return undefined;
    const e10 = floorLog10(v, parts);
    if (e10 === undefined) return undefined;
    lastExponent = e10 + 1 - cutoffMax;
    rounding = { kind: "precision", digits: cutoffMax };
  }
  const shortestLast = shortest.exponent - shortest.digits.length + 1;
  if (shortestLast === lastExponent) return shortest;
  if (cutoffMin < 0 && shortestLast > lastExponent) return shortest;
  if (shortestLast > lastExponent && parts.unequalMargins) {
    // Past the shortest digits Dragon4 still compares with the neighbours' margins; for a power of
    // two whose low margin is between a quarter and a half unit it may round up where the exact
    // value would round down.
    const marginUnits = 2 ** (parts.exponent - 2) / 10 ** lastExponent;
    if (marginUnits > 0.2 && marginUnits < 0.6) return undefined;
  }
  return roundAt(v, parts, rounding);
}

// ---- shortest round-trip digits ----

/** Shortest digits of a double, which is what String() gives (closest of the shortest, ties even). */
function shortestDouble(v: number): Digits {
  return stripTrailingZeros(parseDecimal(String(v)));
}

const MAX_SHORTEST_DIGITS: Record<FloatType, number> = { float16: 5, bfloat16: 4, float32: 9, float64: 17 };

/** Shortest digits that read back as v in a narrower type, found by bisecting on the digit count. */
function shortestNarrow(v: number, type: FloatType, parts: FloatParts): Digits | undefined {
  const gap = 2 ** parts.exponent;
  const bounds: Bounds = {
    low: v - (parts.unequalMargins ? gap / 4 : gap / 2),
    high: v + gap / 2,
  };
  // Bisect for the fewest digits with a decimal inside the interval (more digits never hurt).
  let lo = 1;
  let hi = MAX_SHORTEST_DIGITS[type];
  let found: Candidate | null | undefined = null;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const c = candidateWithin(v, mid, bounds);
    if (c === undefined) return undefined;
    if (c === null) {
      lo = mid + 1;
    } else {
      hi = mid;
      found = c;
    }
  }
  found ??= candidateWithin(v, hi, bounds);
  if (found === undefined || found === null) return undefined;
  const digits = stripTrailingZeros(found.digits);
  // The closest decimal is what Dragon4 picks too, unless v lies exactly halfway (it takes the even one).
  if (found.closest && mayTieNear(parts, found.unitExponent) && isTieAt(v, parts, hi)) return undefined;
  return digits;
}

interface Bounds {
  readonly low: number;
  readonly high: number;
}

interface Candidate {
  readonly digits: Digits;
  /** Exponent of the candidate's last digit place. */
  readonly unitExponent: number;
  /** The candidate is the closest p-digit decimal (else the next one on the other side of v). */
  readonly closest: boolean;
}

/**
 * A p-digit decimal inside the rounding interval of v, null if there is none, undefined if a
 * decimal falls too close to a bound to decide without exact arithmetic.
 */
function candidateWithin(v: number, p: number, bounds: Bounds): Candidate | null | undefined {
  const text = v.toPrecision(p);
  const near = Number(text);
  const inside = withinBounds(near, bounds);
  if (inside === undefined) return undefined;
  if (inside) {
    const digits = parseDecimal(text);
    return { digits, unitExponent: digits.exponent - p + 1, closest: true };
  }
  if (near === v) return null;
  const other = stepLastDigit(parseDecimal(text), p, near < v ? 1 : -1);
  const otherInside = withinBounds(decimalValue(other.digits, other.unitExponent), bounds);
  if (otherInside === undefined) return undefined;
  return otherInside ? { ...other, closest: false } : null;
}

function withinBounds(x: number, b: Bounds): boolean | undefined {
  if (x === b.low || x === b.high) return undefined;
  return x > b.low && x < b.high;
}

/** The p-digit decimal one unit in the last place above (+1) or below (-1). */
function stepLastDigit(d: Digits, p: number, step: 1 | -1): { digits: Digits; unitExponent: number } {
  const n = Number(d.digits.padEnd(p, "0")) + step;
  const unitExponent = d.exponent - p + 1;
  const s = String(n);
  return { digits: { digits: s, exponent: unitExponent + s.length - 1 }, unitExponent };
}

function decimalValue(d: Digits, unitExponent: number): number {
  return Number(`${d.digits.padEnd(d.exponent - unitExponent + 1, "0")}e${unitExponent}`);
}

/**
 * Can v be halfway between two multiples of 10**k? Then v = (2n+1) * 5**k * 2**(k-1), so its lowest
 * set bit is worth 2**(k-1).
 */
function mayTieAt(parts: FloatParts, k: number): boolean {
  return lowestBitExponent(parts) === k - 1;
}

/** As mayTieAt, allowing for a carry that moved the last digit place up by one (9.995 -> "10.0"). */
function mayTieNear(parts: FloatParts, k: number): boolean {
  const low = lowestBitExponent(parts);
  return low === k - 1 || low === k - 2;
}

function lowestBitExponent(parts: FloatParts): number {
  let m = parts.mantissa;
  let e = parts.exponent;
  while (m % 2 === 0) {
    m /= 2;
    e += 1;
  }
  return e;
}

/** Is v exactly halfway between two p-digit decimals? */
function isTieAt(v: number, parts: FloatParts, p: number): boolean {
  const longer = parseDecimal(v.toPrecision(p + 1));
  return longer.digits.endsWith("5") && compareExact(longer, parts) === 0;
}

// ---- rounding the exact value at a digit position ----

type Rounding =
  | { readonly kind: "fixed"; readonly fractionDigits: number }
  | { readonly kind: "precision"; readonly digits: number };

/** The exact value of v rounded half to even at a position, with Dragon4's digit conventions. */
function roundAt(v: number, parts: FloatParts, r: Rounding): Digits | undefined {
  let text: string;
  let lastExponent: number | undefined;
  let mayTie: boolean | undefined;
  if (r.kind === "fixed") {
    if (r.fractionDigits > 98 || v >= 1e21) return undefined;
    text = v.toFixed(r.fractionDigits);
    lastExponent = -r.fractionDigits;
    mayTie = mayTieAt(parts, lastExponent);
  } else {
    if (r.digits < 1 || r.digits > 98) return undefined;
    text = v.toPrecision(r.digits);
  }
  const rounded = parseDecimal(text, lastExponent);
  mayTie ??= mayTieNear(parts, rounded.exponent - rounded.digits.length + 1);
  if (mayTie) {
    const longer = r.kind === "fixed" ? v.toFixed(r.fractionDigits + 1) : v.toPrecision(r.digits + 1);
    const withNext = parseDecimal(longer, lastExponent === undefined ? undefined : lastExponent - 1);
    if (withNext.digits.endsWith("5") && compareExact(withNext, parts) === 0) {
      // An exact tie: toFixed/toPrecision rounded up, Dragon4 rounds to the even digit.
      const truncated = dropLastDigit(withNext);
      if (Number(truncated.digits[truncated.digits.length - 1]) % 2 === 0) return truncated;
      return stripTrailingZeros(rounded);
    }
  }
  const approx = Number(text);
  let cmp = approx > v ? 1 : approx < v ? -1 : 0;
  if (cmp === 0) cmp = compareExact(rounded, parts);
  // Rounding up drops the zeros a carry leaves behind, as Dragon4 does; rounding down keeps them.
  return cmp > 0 ? stripTrailingZeros(rounded) : rounded;
}

function dropLastDigit(d: Digits): Digits {
  if (d.digits.length === 1) return { digits: "0", exponent: d.exponent + 1 };
  const digits = d.digits.slice(0, -1);
  const lead = digits.search(/[^0]/);
  if (lead < 0) return { digits: "0", exponent: d.exponent + digits.length - 1 };
  return { digits: digits.slice(lead), exponent: d.exponent - lead };
}

// ---- decimal strings ----

/**
 * Parse a JS number string ("123.45", "0.00012", "1.5e-7", "1e+21") into significant digits,
 * trailing zeros kept. An all-zero string gives "0" at `zeroExponent` (the last printed digit).
 */
function parseDecimal(text: string, zeroExponent = 0): Digits {
  let end = text.length;
  let exp10 = 0;
  const e = text.indexOf("e");
  if (e >= 0) {
    exp10 = Number(text.slice(e + 1));
    end = e;
  }
  let i = text.charCodeAt(0) === 45 ? 1 : 0; // "-"
  const dot = text.indexOf(".");
  const intEnd = dot < 0 || dot > end ? end : dot;
  // Skip leading zeros (and the point), counting where the first significant digit sits.
  let position = intEnd - i - 1; // decimal exponent of the digit at i
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) continue;
    if (c !== 48) break;
    position--;
  }
  if (i === end) return { digits: "0", exponent: zeroExponent };
  const first = i;
  const digits =
    dot > first && dot < end ? text.slice(first, dot) + text.slice(dot + 1, end) : text.slice(first, end);
  return { digits, exponent: position + exp10 };
}

function stripTrailingZeros(d: Digits): Digits {
  let end = d.digits.length;
  while (end > 1 && d.digits.charCodeAt(end - 1) === 48) end--;
  return end === d.digits.length ? d : { digits: d.digits.slice(0, end), exponent: d.exponent };
}

/** 10**k and 5**k for k <= 22, built by exact integer products (no Math.pow rounding). */
const POW10: number[] = [1];
const POW5: number[] = [1];
for (let k = 1; k <= 22; k++) {
  POW10.push(POW10[k - 1] * 10);
  POW5.push(POW5[k - 1] * 5);
}

/** Sign of (decimal - |value|), exactly. */
function compareExact(d: Digits, parts: FloatParts): number {
  const k = d.exponent - d.digits.length + 1;
  const n = Number(d.digits);
  // In doubles when every quantity is exact: N * 10**k against M * 2**e.
  if (n < 2 ** 53 && Math.abs(k) <= 22) {
    if (k >= 0) {
      const left = n * POW10[k];
      const right = parts.mantissa * 2 ** parts.exponent;
      if (left < 2 ** 53 && Number.isFinite(right) && right !== 0) return Math.sign(left - right);
    } else {
      // N against M * 5**-k * 2**(e - k)
      const scaled = parts.mantissa * POW5[-k];
      const shift = parts.exponent - k;
      if (scaled < 2 ** 53 && shift > -1000 && shift < 1000) return Math.sign(n - scaled * 2 ** shift);
    }
  }
  const { num, den } = exactFraction(parts);
  let left = BigInt(d.digits) * den;
  let right = num;
  if (k >= 0) left *= 10n ** BigInt(k);
  else right *= 10n ** BigInt(-k);
  return left > right ? 1 : left < right ? -1 : 0;
}

// ---- floor(log10(v)) ----

const pow10Doubles = new Map<number, number>();
const pow10AboveExact = new Map<number, number>();

/** floor(log10(v)) exactly, or undefined where it cannot be decided cheaply. */
function floorLog10(v: number, parts: FloatParts): number | undefined {
  let k = Math.floor(Math.log10(v));
  for (let i = 0; i < 3; i++) {
    if (compareWithPow10(v, k, parts) < 0) k -= 1;
    else if (compareWithPow10(v, k + 1, parts) >= 0) k += 1;
    else return k;
  }
  return undefined;
}

/** Sign of (v - 10**k), exactly. */
function compareWithPow10(v: number, k: number, parts: FloatParts): number {
  let d = pow10Doubles.get(k);
  if (d === undefined) {
    d = Number(`1e${k}`);
    pow10Doubles.set(k, d);
  }
  // d is the double nearest 10**k: any other double lies on the same side of d as of 10**k.
  if (v !== d) return v > d ? 1 : -1;
  let sign = pow10AboveExact.get(k);
  if (sign === undefined) {
    sign = -compareExact({ digits: "1", exponent: k }, parts);
    pow10AboveExact.set(k, sign);
  }
  return sign;
}
