// Python's str()/repr() of the plain values that appear in jaxpr params and messages.

/** `repr(float(x))` in Python: shortest round-trip digits, exponent form outside [1e-4, 1e16). */
export function pyFloatRepr(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const [mant, expStr] = x.toExponential().split("e");
  const exp = Number(expStr);
  const neg = mant.startsWith("-");
  const digits = mant.replace("-", "").replace(".", "");
  const sign = neg ? "-" : "";
  if (exp < -4 || exp >= 16) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const e = Math.abs(exp).toString().padStart(2, "0");
    return `${sign}${m}e${exp < 0 ? "-" : "+"}${e}`;
  }
  if (exp < 0) return `${sign}0.${"0".repeat(-exp - 1)}${digits}`;
  if (digits.length <= exp + 1) return `${sign}${digits}${"0".repeat(exp + 1 - digits.length)}.0`;
  return `${sign}${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
}

/** Python `str` of a bool. */
export const pyBool = (b: boolean): string => (b ? "True" : "False");

/** Marks a param value that prints as a Python list `[1, 2]` rather than a tuple. */
export class PyList {
  readonly items: readonly PyPlain[];
  constructor(items: readonly PyPlain[]) {
    this.items = items;
  }
}

/** A param value whose Python `str` is given verbatim (enums, named tuples, ...). */
export class PyVerbatim {
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
}

/** A float param (printed with Python's float repr, even when integral: `1.0`). */
export class PyFloat {
  readonly value: number;
  constructor(value: number) {
    this.value = value;
  }
}

/**
 * Which items of an int tuple param are numpy integers (`np.int64(1)`): JAX's rules that compute dims with
 * numpy (`np.add(1, dims)`, `np.delete(...)`) leave them in params, and the jaxpr shows them. The tuple stays
 * a plain number array for the code that reads it; only printing consults the marks.
 */
const numpyIntMarks = new WeakMap<readonly number[], readonly boolean[]>();

/** Mark the items of `xs` that are numpy int64s (all of them by default); returns `xs`. */
export function markNumpyInts<T extends readonly number[]>(
  xs: T,
  marks: readonly boolean[] | boolean = true,
): T {
  const m = typeof marks === "boolean" ? xs.map(() => marks) : marks;
  if (m.some((b) => b)) numpyIntMarks.set(xs, m);
  return xs;
}

/** Whether item `i` of an int tuple is a numpy integer. */
export function isNumpyIntAt(xs: readonly number[], i: number): boolean {
  return numpyIntMarks.get(xs)?.[i] ?? false;
}

/** Plain values with a Python `str`: ints, bools, strings (unquoted), None, tuples (JS arrays), lists. */
export type PyPlain = number | boolean | string | null | PyList | PyVerbatim | PyFloat | readonly PyPlain[];

/** Python's `str(v)` for plain values; JS arrays are tuples. Strings print unquoted at top level. */
export function pyStr(v: PyPlain): string {
  return typeof v === "string" ? v : pyRepr(v);
}

/** Python's `repr(v)`; inside containers strings are quoted. */
export function pyRepr(v: PyPlain): string {
  if (v === null) return "None";
  if (typeof v === "boolean") return pyBool(v);
  if (typeof v === "number") return Number.isInteger(v) ? String(v) : pyFloatRepr(v);
  if (typeof v === "string") return `'${v}'`;
  if (v instanceof PyList) return `[${v.items.map(pyRepr).join(", ")}]`;
  if (v instanceof PyVerbatim) return v.text;
  if (v instanceof PyFloat) return pyFloatRepr(v.value);
  const marks = numpyIntMarks.get(v as readonly number[]);
  const items = (v as readonly PyPlain[]).map((x, i) => (marks?.[i] ? `np.int64(${pyRepr(x)})` : pyRepr(x)));
  return items.length === 1 ? `(${items[0]},)` : `(${items.join(", ")})`;
}
