// jnp's dtype functions: promote_types, result_type, can_cast (numpy's rules), issubdtype, iinfo, finfo.
// The Python side turns the dtype names returned here into dtype objects.
import {
  type DType,
  type PythonScalarType,
  canonicalize,
  dtypeInfo,
  isDType,
  promoteTypesUncanonicalized,
  resultType,
} from "../core/dtypes.ts";
import { typeError, valueError } from "../core/errors.ts";
import { ShapedArray } from "../core/aval.ts";
import { ArrayValue, Tracer, type Value } from "../core/values.ts";
import { numpyScalarStr } from "../format/array-repr.ts";
import { exportPy } from "../api/registry.ts";
import { exportJnp } from "./array-args.ts";

/** A dtype-like as the front end sends it: a dtype name, or "int"/"float"/"complex" for Python's types. */
type DTypeName = DType | PythonScalarType;

function dtypeName(name: string): DTypeName {
  if (name === "int" || name === "float" || name === "complex") return name;
  if (name === "bool") return "bool";
  if (!isDType(name)) throw typeError(`data type '${name}' not understood`);
  return name;
}

/** numpy's dtype for a Python type: `np.dtype(float)` is float64. */
function npDType(t: DTypeName): DType {
  return t === "int" ? "int64" : t === "float" ? "float64" : t === "complex" ? "complex128" : t;
}

/** `jnp.promote_types(a, b)`: not canonicalized (int64 stays int64). */
export function promoteTypesNamed(a: string, b: string): string {
  return promoteTypesUncanonicalized(dtypeName(a), dtypeName(b));
}

/**
 * `jnp.result_type(*args)`: each argument is a value (arrays and Python scalars, which are weak) or a
 * dtype name (strong; Python types are weak). The result is canonical.
 */
export function resultTypeOfArgs(args: readonly (Value | string | null)[]): string {
  if (args.length === 0) throw valueError("at least one array or dtype is required");
  const described = args.map((a) => {
    if (a === null) return { dtype: "float32" as DType, weak: false };
    if (a instanceof ArrayValue || a instanceof Tracer) return { dtype: a.aval.dtype, weak: a.aval.weakType };
    const t = dtypeName(a);
    if (t === "int" || t === "float" || t === "complex") {
      return { dtype: canonicalize(npDType(t)), weak: true };
    }
    return { dtype: canonicalize(t), weak: false };
  });
  return resultType(described).dtype;
}

// ---- can_cast: numpy's casting rules ----

const KIND_ORDER: Record<string, number> = { b: 0, u: 1, i: 2, f: 3, c: 4 };

/** Bits of mantissa (plus one) a float keeps: what decides which integers it holds exactly. */
const FLOAT_PRECISION: Partial<Record<DType, number>> = {
  float16: 11,
  bfloat16: 8,
  float32: 24,
  float64: 53,
};

function safeCast(from: DType, to: DType): boolean {
  if (from === to) return true;
  const f = dtypeInfo(from);
  const t = dtypeInfo(to);
  if (f.kind === "b") return true;
  if (t.kind === "b") return false;
  if (f.kind === "u" || f.kind === "i") {
    if (t.kind === "u") return f.kind === "u" && t.bits >= f.bits;
    if (t.kind === "i") return f.kind === "u" ? t.bits > f.bits : t.bits >= f.bits;
    // numpy lets 64-bit integers go to float64 and complex128.
    const floatBits = t.kind === "c" ? t.bits / 2 : t.bits;
    const precision = FLOAT_PRECISION[t.kind === "c" ? (floatBits === 32 ? "float32" : "float64") : to] ?? 0;
    if (f.bits === 64) return floatBits === 64;
    return precision >= f.bits;
  }
  if (f.kind === "f") {
    if (t.kind === "f") {
      if (from === "bfloat16" || to === "bfloat16") return from === "bfloat16" && t.bits > 16;
      return t.bits >= f.bits;
    }
    if (t.kind === "c") return t.bits / 2 >= f.bits;
    return false;
  }
  // complex
  return t.kind === "c" && t.bits >= f.bits;
}

/** `jnp.can_cast` (numpy's `np.can_cast`) between dtypes. */
export function canCast(from: DType, to: DType, casting: string): boolean {
  switch (casting) {
    case "no":
    case "equiv":
      return from === to;
    case "safe":
      return safeCast(from, to);
    case "same_kind":
      // ml_dtypes registers every cast to bfloat16 as same_kind, and none from it beyond the safe ones.
      if (to === "bfloat16") return true;
      if (from === "bfloat16") return safeCast(from, to);
      return safeCast(from, to) || KIND_ORDER[dtypeInfo(from).kind] <= KIND_ORDER[dtypeInfo(to).kind];
    case "unsafe":
      return true;
    default:
      throw valueError("casting must be one of 'no', 'equiv', 'safe', 'same_kind', or 'unsafe'");
  }
}

// ---- issubdtype ----

/** numpy's abstract scalar classes and the dtype kinds below each. */
const ABSTRACT: Record<string, string> = {
  generic: "buifc",
  number: "uifc",
  integer: "ui",
  signedinteger: "i",
  unsignedinteger: "u",
  inexact: "fc",
  floating: "f",
  complexfloating: "c",
};

/** `jnp.issubdtype(a, b)`: `b` may be an abstract class name (floating, integer, ...). */
export function issubdtype(a: string, b: string): boolean {
  const da = npDType(dtypeName(a));
  const kinds = ABSTRACT[b];
  if (kinds !== undefined) return kinds.includes(dtypeInfo(da).kind);
  if (b === "bool_") return da === "bool";
  return da === npDType(dtypeName(b));
}

// ---- iinfo, finfo ----

/** `jnp.iinfo`: [bits, min, max, dtype], with min and max as decimal strings (int64's exceed doubles). */
export function iinfo(name: string): [number, string, string, string] {
  const d = npDType(dtypeName(name));
  const { kind, bits } = dtypeInfo(d);
  if (kind !== "i" && kind !== "u") throw valueError(`Invalid integer data type '${kind}'.`);
  const b = BigInt(bits);
  if (kind === "u") return [bits, "0", String(2n ** b - 1n), d];
  return [bits, String(-(2n ** (b - 1n))), String(2n ** (b - 1n) - 1n), d];
}

interface FloatFormat {
  readonly mantissa: number;
  readonly maxExp: number;
  readonly minExp: number;
}

const FLOAT_FORMATS: Partial<Record<DType, FloatFormat>> = {
  float16: { mantissa: 10, maxExp: 16, minExp: -14 },
  bfloat16: { mantissa: 7, maxExp: 128, minExp: -126 },
  float32: { mantissa: 23, maxExp: 128, minExp: -126 },
  float64: { mantissa: 52, maxExp: 1024, minExp: -1022 },
};

/** A numpy scalar of dtype `d` (a literal when a trace meets it). */
const npScalar = (d: DType, x: number): ArrayValue =>
  ArrayValue.fromNumbers(new ShapedArray([], d, false), [x], "numpy");

/** C's `%.{digits}e`, as numpy's finfo prints the limits of IEEE types. */
function cExponential(x: number, digits: number): string {
  const [mant, exp] = x.toExponential(digits).split("e");
  const e = Number(exp);
  return `${mant}e${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
}

const LIMIT_DIGITS: Partial<Record<DType, number>> = { float16: 5, float32: 7, float64: 16 };

/**
 * `jnp.finfo`: [bits, eps, epsneg, max, min, tiny, resolution, precision, dtype, repr]; the numbers are
 * numpy scalars of the type. A complex type gives its float part.
 */
export function finfo(name: string): unknown[] {
  let d = npDType(dtypeName(name));
  if (d === "complex64") d = "float32";
  if (d === "complex128") d = "float64";
  const f = FLOAT_FORMATS[d];
  if (f === undefined) throw valueError(`data type <class 'numpy.${d}'> not inexact`);
  const eps = 2 ** -f.mantissa;
  const max = (2 - eps) * 2 ** (f.maxExp - 1);
  const precision = Math.floor(f.mantissa * Math.log10(2));
  const scalars = [eps, eps / 2, max, -max, 2 ** f.minExp, 10 ** -precision].map((x) => npScalar(d, x));
  const [, , maxV, minV, , resolutionV] = scalars;
  const digits = LIMIT_DIGITS[d];
  // ml_dtypes prints bfloat16 limits as its scalars print; numpy uses printf formats for IEEE types.
  const limit = (v: ArrayValue): string =>
    digits === undefined ? numpyScalarStr(v) : cExponential(v.data[0], digits);
  const text = `finfo(resolution=${numpyScalarStr(resolutionV)}, min=${limit(minV)}, max=${limit(maxV)}, dtype=${d})`;
  return [dtypeInfo(d).bits, ...scalars, precision, d, text];
}

// ---- Python exports (wrapped on the Python side to give dtype objects) ----

exportJnp("_promote_types", "a, b", {}, promoteTypesNamed as never);
exportJnp("_result_type", "args", {}, ((args: (Value | string | null)[]) => resultTypeOfArgs(args)) as never);
exportJnp("_can_cast", "from_, to, casting", {}, ((from: string, to: string, casting: string) =>
  canCast(npDType(dtypeName(from)), npDType(dtypeName(to)), casting)) as never);
exportJnp("_issubdtype", "a, b", {}, issubdtype as never);
exportJnp("_iinfo", "dtype", {}, iinfo as never);
// Not exportJnp: finfo's numbers stay numpy scalars.
exportPy("jax.numpy", "_finfo", "dtype", {}, finfo as never);
