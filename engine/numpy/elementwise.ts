// The jnp elementwise functions beyond the plain ufuncs (jax/_src/numpy/ufuncs.py, lax_numpy.py, util.py):
// where, clip, round, floor_divide, remainder, fmod, divmod, logs, hypot, isinf, nan_to_num, signbit, ...
// Each is composed from lax exactly as JAX composes it, and those JAX defines with `@jit` are `jitted` here
// under the same name, so their jaxprs show the same `jit[name=...]` equations.
import {
  type DType,
  dtypeInfo,
  isBool,
  isComplex,
  isFloating,
  isInexact,
  isInteger,
  isUnsigned,
} from "../core/dtypes.ts";
import { EngineError, notSupported, typeError, valueError } from "../core/errors.ts";
import { bind1 } from "../core/trace.ts";
import { ArrayValue, type Value } from "../core/values.ts";
import { apiFunction, exportPy, type ArgKind } from "../api/registry.ts";
import * as lax from "../lax/lax.ts";
import { bitcastConvertTypeP } from "../lax/primitives/elementwise.ts";
import { customJvp } from "../lax/primitives/custom-derivatives.ts";
import { fullLike as laxFullLike } from "../transforms/ad/rules.ts";
import { jitted } from "../transforms/jit.ts";
import {
  promoteArgs,
  promoteArgsInexact,
  promoteArgsNumeric,
  promoteDTypesInexact,
  resultTypeOf,
} from "./promotion.ts";
import {
  constLike,
  fullLike,
  laxConst,
  pyFloat,
  pyInt,
  scalarConst,
  toBool,
  where3,
  zeroScalarLike,
} from "./where.ts";
import {
  add,
  ceil,
  equal,
  floor,
  maximum,
  minimum,
  multiply,
  notEqual,
  rightShift,
  subtract,
} from "./ufuncs.ts";

type Unary = (x: Value) => Value;
type Binary = (x: Value, y: Value) => Value;
/** An argument the Python caller may leave out (None arrives as null or undefined). */
type Maybe<T> = T | null | undefined;

function where(
  condition: Value,
  x: Maybe<Value>,
  y: Maybe<Value>,
  size: unknown,
  fillValue: unknown,
): Value | Value[] {
  if (x == null && y == null) {
    const nonzero = apiFunction("jax.numpy", "nonzero");
    if (!nonzero) throw notSupported("jnp.where with only a condition");
    return (nonzero.impl as (...a: unknown[]) => Value[])(condition, size ?? null, fillValue ?? null);
  }
  // `check_arraylike` sees the missing one first.
  if (x == null || y == null) {
    throw typeError(
      `where requires ndarray or scalar arguments, got <class 'NoneType'> at position ${x == null ? 1 : 2}.`,
    );
  }
  if (size != null || fillValue != null) {
    throw valueError("size and fill_value arguments cannot be used in three-term where function.");
  }
  return where3(condition, x, y);
}

// ---- clip and round ----

const clipJit = jitted("clip", (args, [hasMin, hasMax]) => {
  let [arr] = args;
  const bounds = args.slice(1);
  if (hasMin) arr = maximum(bounds.shift() as Value, arr);
  if (hasMax) arr = minimum(bounds.shift() as Value, arr);
  return [arr];
});

export function clip(arr: Maybe<Value>, min: Maybe<Value>, max: Maybe<Value>): Value {
  if (arr == null) throw valueError("No input was provided to the clip function.");
  if ([arr, min, max].some((v) => v != null && isComplex(v.aval.dtype))) {
    throw valueError(
      "Clip received a complex value either through the input or the min/max keywords. Complex values have no " +
        "ordering and cannot be clipped. Please convert to a real value or array by taking the real or imaginary " +
        "components via jax.numpy.real/imag respectively.",
    );
  }
  const args = [arr, ...(min != null ? [min] : []), ...(max != null ? [max] : [])];
  return clipJit(args, [min != null, max != null])[0];
}

const FLOAT_MAX: Partial<Record<DType, number>> = {
  float16: 65504,
  bfloat16: 3.3895313892515355e38,
  float32: 3.4028234663852886e38,
};

function roundBody(a: Value, decimals: number): Value {
  const dtype = a.aval.dtype;
  if (isInteger(dtype)) {
    if (decimals < 0) throw notImplementedError("integer np.round not implemented for decimals < 0");
    return a;
  }
  const roundFloat = (x: Value): Value => {
    if (decimals === 0) return lax.round(x, 1);
    const x32 = dtype === "float16" ? lax.convertElementType(x, "float32") : x;
    const factor = laxConst(x32, 10 ** decimals);
    const out = lax.div(lax.round(lax.mul(x32, factor), 1), factor);
    return dtype === "float16" ? lax.convertElementType(out, dtype) : out;
  };
  const max = FLOAT_MAX[dtype];
  if (max === undefined) throw valueError(`data type <class 'numpy.${dtype}'> not inexact`);
  if (decimals > Math.log10(max)) return a;
  return roundFloat(a);
}

const notImplementedError = (msg: string): EngineError => new EngineError("NotImplementedError", msg);

const roundJit = jitted("round", ([a], [decimals]) => [roundBody(a, decimals as number)]);
// around calls round(a, decimals, out): JAX's jit caches that call apart from a plain round(a) (its
// arguments have another structure), so the two never share a jaxpr.
const aroundJit = jitted("around", ([a], [decimals]) => roundJit([a], [decimals, "from around"]));

/** The Python type name of a plain argument, for Python's own messages. */
function pyTypeName(v: unknown): string {
  if (v === null || v === undefined) return "NoneType";
  if (typeof v === "number") return "float";
  if (typeof v === "string") return "str";
  if (Array.isArray(v)) return "tuple";
  return "object";
}

function roundApi(jit: typeof roundJit, fname: string) {
  return (a: Value, decimalsArg: unknown, out: unknown): Value => {
    const decimals = typeof decimalsArg === "boolean" ? Number(decimalsArg) : decimalsArg;
    if (typeof decimals !== "number" || !Number.isInteger(decimals)) {
      throw typeError(`'${pyTypeName(decimals)}' object cannot be interpreted as an integer`);
    }
    if (out != null) throw notImplementedError(`The 'out' argument to jnp.${fname} is not supported.`);
    return jit([a], [decimals])[0];
  };
}

// ---- division and remainders ----

/** CPython's float_divmod (`_float_divmod`). */
function floatDivmod(x1: Value, x2: Value): [Value, Value] {
  let mod = lax.rem(x1, x2);
  const x1Corrected = where3(equal(x2, pyInt(0)), x1, lax.sub(x1, mod));
  let div = lax.div(x1Corrected, x2);
  const ind = lax.bitwiseAnd(notEqual(mod, pyInt(0)), notEqual(lax.sign(x2), lax.sign(mod)));
  mod = lax.select(ind, add(mod, x2), mod);
  div = lax.select(ind, subtract(div, pyFloat(1)), div);
  return [lax.round(div, 0), mod];
}

const floorDivideJit = jitted("floor_divide", ([a, b]) => {
  const [x1, x2] = promoteArgsNumeric("floor_divide", [a, b]);
  const dtype = x1.aval.dtype;
  if (isUnsigned(dtype)) return [lax.div(x1, x2)];
  if (isInteger(dtype)) {
    const quotient = lax.div(x1, x2);
    const select = logicalAnd(notEqual(lax.sign(x1), lax.sign(x2)), notEqual(lax.rem(x1, x2), pyInt(0)));
    return [where3(select, subtract(quotient, pyInt(1)), quotient)];
  }
  if (isComplex(dtype)) throw typeError("floor_divide does not support complex-valued inputs");
  return [floatDivmod(x1, x2)[0]];
});

const remainderJit = jitted("remainder", ([a, b]) => {
  const [x1, promoted] = promoteArgsNumeric("remainder", [a, b]);
  let x2 = promoted;
  const zero = constLike(x1, 0);
  if (isInteger(x2.aval.dtype)) x2 = where3(equal(x2, pyInt(0)), fullLike(x2, 1), x2);
  const truncMod = lax.rem(x1, x2);
  const truncModNotZero = lax.ne(truncMod, zero);
  const doPlus = lax.bitwiseAnd(lax.ne(lax.lt(truncMod, zero), lax.lt(x2, zero)), truncModNotZero);
  return [lax.select(doPlus, lax.add(truncMod, x2), truncMod)];
});

const fmodJit = jitted("fmod", ([a, b]) => {
  let x2 = b;
  if (isInteger(resultTypeOf([a, b]).dtype)) x2 = where3(equal(b, pyInt(0)), fullLike(b, 1), b);
  const [x1p, x2p] = promoteArgsNumeric("fmod", [a, x2]);
  return [lax.rem(x1p, x2p)];
});

const divmodJit = jitted("divmod", ([a, b]) => {
  const [x1, x2] = promoteArgsNumeric("divmod", [a, b]);
  if (isInteger(x1.aval.dtype)) return [floorDivide(x1, x2), remainder(x1, x2)];
  return floatDivmod(x1, x2);
});

export const floorDivide: Binary = (x, y) => floorDivideJit([x, y])[0];
export const remainder: Binary = (x, y) => remainderJit([x, y])[0];
const fmod: Binary = (x, y) => fmodJit([x, y])[0];
const divmod = (x: Value, y: Value): Value[] => divmodJit([x, y]);

/** `jnp.logical_and`: promoted, then non-bools compared with zero (`_to_bool`). */
function logicalAnd(x: Value, y: Value): Value {
  const [a, b] = promoteArgs("logical_and", [x, y]).map(toBool);
  return lax.bitwiseAnd(a, b);
}

// ---- exponentials and logarithms ----

/** 1 / c, rounded to c's dtype, as XLA folds it. */
function reciprocalOf(c: ArrayValue): ArrayValue {
  return scalarConst(c.dtype, 1 / Number(c.data[0]));
}

const exp2: Unary = (x) => lax.exp2(promoteArgsInexact("exp2", [x])[0]);

const log2: Unary = (x) => {
  const [a] = promoteArgsInexact("log2", [x]);
  if (isComplex(a.aval.dtype)) throw notSupported("complex numbers in jnp.log2");
  const logA = lax.log(a);
  const ln2 = lax.log(constLike(a, 2));
  // Called outside any trace, jnp.log2 still runs compiled: XLA folds log(2) into a constant and multiplies
  // by its reciprocal.
  if (ln2 instanceof ArrayValue && logA instanceof ArrayValue) return lax.mul(logA, reciprocalOf(ln2));
  return lax.div(logA, ln2);
};

const log10: Unary = (x) => {
  const [a] = promoteArgsInexact("log10", [x]);
  if (isComplex(a.aval.dtype)) throw notSupported("complex numbers in jnp.log10");
  return lax.mul(lax.log(a), constLike(a, 0.4342944819032518));
};

/** lax's `logaddexp` (jax/_src/lax/other.py), a custom_jvp function. */
/** `_replace_inf(x)` (lax/other.py): infinities replaced by zeros. */
const replaceInf = (x: Value): Value => lax.select(lax.eq(x, laxConst(x, Infinity)), laxFullLike(x, 0), x);

const laxLogaddexp = customJvp(
  {
    name: "logaddexp",
    jvpName: "_logaddexp_jvp",
    jvp: ([x1, x2], [t1, t2]) => {
      const out = laxLogaddexp([x1, x2])[0];
      const term = (x: Value, t: Value): Value =>
        lax.mul(t, lax.exp(lax.sub(replaceInf(x), replaceInf(out))));
      return [[out], [lax.add(term(x1, t1), term(x2, t2))]];
    },
  },
  ([x1, x2]) => {
    realFloatingOnly("logaddexp", x1);
    const amax = lax.max(x1, x2);
    const delta = lax.sub(x1, x2);
    return [
      lax.select(
        lax.ne(delta, delta),
        lax.add(x1, x2),
        lax.add(amax, lax.log1p(lax.exp(lax.neg(lax.abs(delta))))),
      ),
    ];
  },
);

const laxLogaddexp2 = customJvp({ name: "logaddexp2", jvpName: "_logaddexp2_jvp" }, ([x1, x2]) => {
  realFloatingOnly("logaddexp2", x1);
  const amax = lax.max(x1, x2);
  const invln2 = laxConst(amax, 1 / Math.log(2));
  const delta = lax.sub(x1, x2);
  return [
    lax.select(
      lax.ne(delta, delta),
      lax.add(x1, x2),
      lax.add(amax, lax.mul(invln2, lax.log1p(lax.exp2(lax.neg(lax.abs(delta)))))),
    ),
  ];
});

function realFloatingOnly(name: string, x: Value): void {
  if (isComplex(x.aval.dtype)) throw notSupported(`complex numbers in jnp.${name}`);
  if (!isFloating(x.aval.dtype))
    throw valueError(`${name} requires floating-point or complex inputs; got ${x.aval.dtype}`);
}

/** jnp.logaddexp is an inline `jit`: JAX traces it once per argument types, so its call_jaxpr is shared. */
const typesKey = (vs: readonly Value[]): string => vs.map((v) => v.aval.key()).join(";");

export const logaddexp: Binary = (x, y) =>
  laxLogaddexp(promoteArgsInexact("logaddexp", [x, y]), typesKey([x, y]))[0];
const logaddexp2: Binary = (x, y) =>
  laxLogaddexp2(promoteArgsInexact("logaddexp2", [x, y]), typesKey([x, y]))[0];

// ---- trigonometry and friends ----

const arctan2: Binary = (x, y) => {
  const [a, b] = promoteArgsInexact("arctan2", [x, y]);
  return lax.atan2(a, b);
};

const hypotJit = jitted("hypot", ([a, b]) => {
  let [x1, x2] = promoteArgsInexact("hypot", [a, b]);
  if (isComplex(x1.aval.dtype)) {
    throw valueError(
      "jnp.hypot is not well defined for complex-valued inputs. Please convert to real values first, such as by using abs(x)",
    );
  }
  [x1, x2] = [lax.abs(x1), lax.abs(x2)];
  const idxInf = lax.bitwiseOr(isposinf(x1), isposinf(x2));
  [x1, x2] = [maximum(x1, x2), minimum(x1, x2)];
  const m = x1;
  const x = where3(
    equal(m, pyInt(0)),
    m,
    lax.mul(
      m,
      lax.sqrt(add(pyInt(1), lax.square(lax.div(x2, where3(equal(m, pyInt(0)), fullLike(m, 1), m))))),
    ),
  );
  return [where3(idxInf, laxConst(x, Infinity), x)];
});

const degreesFactor =
  (name: string, factor: number): Unary =>
  (x) => {
    const [a] = promoteArgsInexact(name, [x]);
    return lax.mul(a, laxConst(a, factor));
  };
const deg2rad = degreesFactor("deg2rad", Math.PI / 180);
const rad2deg = degreesFactor("rad2deg", 180 / Math.PI);

/** `_sinc_maclaurin(0, x)`: the value of sin(x)/x at zero, as a custom_jvp function of x. */
const sincMaclaurin0 = customJvp({ name: "_sinc_maclaurin", jvpName: "_sinc_maclaurin_jvp" }, ([x]) => [
  add(multiply(x, pyInt(0)), laxConst(x, 1)),
]);

const sincJit = jitted("sinc", ([a]) => {
  const [x] = promoteDTypesInexact([a]);
  const eqZero = lax.eq(x, laxConst(x, 0));
  const piX = lax.mul(laxConst(x, Math.PI), x);
  const safePiX = where3(eqZero, laxConst(x, 1), piX);
  return [where3(eqZero, sincMaclaurin0([piX])[0], lax.div(lax.sin(safePiX), safePiX))];
});

// ---- classification ----

const isinfJit = jitted("isinf", ([x]) => {
  const dtype = x.aval.dtype;
  if (isFloating(dtype)) return [lax.eq(lax.abs(x), constLike(x, Infinity))];
  if (isComplex(dtype)) throw notSupported("complex numbers in jnp.isinf");
  return [fullLike(x, false, "bool")];
});

function isposneginf(infinity: number, x: Value, out: unknown): Value {
  if (out != null) throw notImplementedError("The 'out' argument to isneginf/isposinf is not supported.");
  const dtype = x.aval.dtype;
  if (isFloating(dtype)) return lax.eq(x, constLike(x, infinity));
  if (isComplex(dtype)) throw valueError("isposinf/isneginf are not well defined for complex types");
  return fullLike(x, false, "bool");
}

const isposinf: Unary = (x) => isposneginf(Infinity, x, null);
const isneginf: Unary = (x) => isposneginf(-Infinity, x, null);

export const isfinite: Unary = (x) => {
  const dtype = x.aval.dtype;
  if (isFloating(dtype)) return lax.isFinite(x);
  if (isComplex(dtype)) throw notSupported("complex numbers in jnp.isfinite");
  return fullLike(x, true, "bool");
};

const nanToNumJit = jitted("nan_to_num", (args, [hasNan, hasPosinf, hasNeginf]) => {
  const [x] = args;
  const dtype = x.aval.dtype;
  if (!isInexact(dtype)) return [x];
  if (isComplex(dtype)) throw notSupported("complex numbers in jnp.nan_to_num");
  const max = FLOAT_MAX[dtype] ?? 3.4028234663852886e38;
  let i = 1;
  // Each replacement value is made where JAX makes it, just before its `where`.
  const given = (has: unknown, dflt: number): Value =>
    has ? lax.convertElementType(args[i++], dtype) : scalarConst(dtype, dflt);
  let out = x;
  for (const [test, has, dflt] of [
    [(v: Value) => lax.ne(v, v), hasNan, 0],
    [isposinf, hasPosinf, max],
    [isneginf, hasNeginf, -max],
  ] as const) {
    const mask = test(out);
    out = where3(mask, given(has, dflt), out);
  }
  return [out];
});

function nanToNum(
  x: Value,
  _copy: unknown,
  nan: Maybe<Value>,
  posinf: Maybe<Value>,
  neginf: Maybe<Value>,
): Value {
  const args = [x, ...[nan, posinf, neginf].filter((v): v is Value => v != null)];
  return nanToNumJit(args, [nan != null, posinf != null, neginf != null])[0];
}

const signbitJit = jitted("signbit", ([a]) => [signbitBody(a)]);

function signbitBody(a: Value): Value {
  const [x] = promoteArgs("signbit", [a]);
  const dtype = x.aval.dtype;
  if (isInteger(dtype)) return lax.lt(x, constLike(x, 0));
  if (isBool(dtype)) return fullLike(x, false, "bool");
  if (!isFloating(dtype)) throw valueError(`jax.numpy.signbit is not well defined for ${dtype}`);
  const bits = dtypeInfo(dtype).bits;
  const intType: DType = bits === 16 ? "int16" : "int32";
  const asInt = bind1(bitcastConvertTypeP, [x], { new_dtype: intType });
  return lax.convertElementType(rightShift(asInt, pyInt(bits - 1)), "bool");
}

const signbit: Unary = (x) => signbitJit([x])[0];

const copysignJit = jitted("copysign", ([a, b]) => {
  const [x1, x2] = promoteArgsInexact("copysign", [a, b]);
  if (isComplex(x1.aval.dtype)) throw typeError("copysign does not support complex-valued inputs");
  const sign = lax.convertElementType(signbit(x2), "bool");
  return [where3(sign, lax.neg(lax.abs(x1)), lax.abs(x1))];
});

const heavisideJit = jitted("heaviside", ([a, b]) => {
  const [x1, x2] = promoteDTypesInexact([a, b]);
  const zero = laxConst(x1, 0);
  return [
    where3(lax.lt(x1, zero), zero, where3(lax.gt(x1, zero), laxConst(x1, 1), where3(lax.ne(x1, x1), x1, x2))),
  ];
});

// ---- rounding ----

const isIntegralOrBool = (x: Value): boolean => isInteger(x.aval.dtype) || isBool(x.aval.dtype);

const truncJit = jitted("trunc", ([x]) => {
  if (isIntegralOrBool(x)) return [x];
  return [where3(lax.lt(x, laxConst(x, 0)), ceil(x), floor(x))];
});

const rintJit = jitted("rint", ([x]) => {
  const dtype = x.aval.dtype;
  if (isIntegralOrBool(x)) return [lax.convertElementType(x, "float32")];
  if (isComplex(dtype)) throw notSupported("complex numbers in jnp.rint");
  return [lax.round(x, 1)];
});

const modfJit = jitted("modf", ([a]) => {
  const [x] = promoteDTypesInexact([a]);
  const whole = where3(lax.ge(x, zeroScalarLike(x)), floor(x), ceil(x));
  return [subtract(x, whole), whole];
});

// ---- complex parts of real inputs, and powers ----

function realOnly(name: string, x: Value): void {
  if (isComplex(x.aval.dtype)) throw notSupported(`complex numbers in jnp.${name}`);
}
const conjugate: Unary = (x) => (realOnly("conjugate", x), x);
const real: Unary = (x) => (realOnly("real", x), x);
const imag: Unary = (x) => (realOnly("imag", x), fullLike(x, 0));

const floatPower: Binary = (x, y) => {
  const [a, b] = promoteArgsInexact("float_power", [x, y]);
  return lax.pow(a, b);
};

const fabs: Unary = (x) => lax.abs(promoteArgsInexact("fabs", [x])[0]);

const nextafter: Binary = (x, y) => {
  const [a, b] = promoteArgsInexact("nextafter", [x, y]);
  return lax.nextafter(a, b);
};

// ---- Python exports ----

const NP = "jax.numpy";
const X1X2: Record<string, ArgKind> = { x1: "array", x2: "array" };

for (const [name, f] of Object.entries({
  floor_divide: floorDivide,
  remainder,
  mod: remainder,
  fmod,
  divmod,
  logaddexp,
  logaddexp2,
  hypot: (x: Value, y: Value) => hypotJit([x, y])[0],
  arctan2,
  atan2: (x: Value, y: Value) => arctan2(...(promoteArgs("atan2", [x, y]) as [Value, Value])),
  copysign: (x: Value, y: Value) => copysignJit([x, y])[0],
  heaviside: (x: Value, y: Value) => heavisideJit([x, y])[0],
  float_power: floatPower,
  nextafter,
})) {
  exportPy(NP, name, "x1, x2, /", X1X2, f as never);
}

for (const [name, f] of Object.entries({
  exp2,
  log2,
  log10,
  deg2rad,
  radians: deg2rad,
  rad2deg,
  degrees: rad2deg,
  isinf: (x: Value) => isinfJit([x])[0],
  isfinite,
  signbit,
  sinc: (x: Value) => sincJit([x])[0],
  trunc: (x: Value) => truncJit([x])[0],
  rint: (x: Value) => rintJit([x])[0],
  conjugate,
  conj: conjugate,
  fabs,
})) {
  exportPy(NP, name, "x, /", { x: "array" }, f as never);
}

exportPy(NP, "real", "val, /", { val: "array" }, real as never);
exportPy(NP, "imag", "val, /", { val: "array" }, imag as never);
exportPy(NP, "isposinf", "x, /, out=None", { x: "array" }, ((x: Value, out: unknown) =>
  isposneginf(Infinity, x, out)) as never);
exportPy(NP, "isneginf", "x, /, out=None", { x: "array" }, ((x: Value, out: unknown) =>
  isposneginf(-Infinity, x, out)) as never);
exportPy(NP, "modf", "x, /, out=None", { x: "array" }, ((x: Value, out: unknown) => {
  if (out != null) throw notImplementedError("The 'out' argument to jnp.modf is not supported.");
  return modfJit([x]);
}) as never);

exportPy(
  NP,
  "where",
  "condition, x=None, y=None, /, *, size=None, fill_value=None",
  { condition: "array", x: "optarray", y: "optarray" },
  where as never,
);
exportPy(
  NP,
  "clip",
  "arr=None, /, min=None, max=None",
  { arr: "optarray", min: "optarray", max: "optarray" },
  clip as never,
);
exportPy(NP, "round", "a, decimals=0, out=None", { a: "array" }, roundApi(roundJit, "round") as never);
exportPy(NP, "around", "a, decimals=0, out=None", { a: "array" }, roundApi(aroundJit, "round") as never);
exportPy(
  NP,
  "nan_to_num",
  "x, copy=True, nan=None, posinf=None, neginf=None",
  { x: "array", nan: "optarray", posinf: "optarray", neginf: "optarray" },
  nanToNum as never,
);

// JAX functions of this family that Traceur does not build yet: they say so rather than not existing.
for (const name of ["ldexp", "frexp", "spacing", "bitwise_count", "gcd", "lcm", "i0"]) {
  exportPy(NP, name, "*args, **kwargs", {}, (() => {
    throw notSupported(`jnp.${name}`);
  }) as never);
}
