import { convertElementTypeP } from "./primitives/elementwise.ts";
// jax.lax's elementwise functions as Python sees them: lax's own signatures, no promotion.
import { exportPy, type ArgKind } from "../api/registry.ts";
import { canonicalize, type DType } from "../core/dtypes.ts";
import { notSupported, valueError } from "../core/errors.ts";
import { bind1 } from "../core/trace.ts";
import type { Value } from "../core/values.ts";
import * as lax from "./lax.ts";
import { stopGradient } from "./primitives/custom-derivatives.ts";
import { mulP } from "./primitives/elementwise.ts";

type Unary = (x: Value) => Value;
type Binary = (x: Value, y: Value) => Value;

const LAX = "jax.lax";
const X: Record<string, ArgKind> = { x: "array", y: "array" };

/** lax functions that take `accuracy=` (exp, log, sin, ...): only the default is supported. */
function withAccuracy(name: string, f: Unary) {
  return (x: Value, accuracy: unknown): Value => {
    if (accuracy != null) throw notSupported(`the accuracy argument of lax.${name}`);
    return f(x);
  };
}

const UNARY: Record<string, Unary> = {
  neg: lax.neg,
  sign: lax.sign,
  floor: lax.floor,
  ceil: lax.ceil,
  abs: lax.abs,
  is_finite: lax.isFinite,
  asin: lax.asin,
  acos: lax.acos,
  atan: lax.atan,
  sinh: lax.sinh,
  cosh: lax.cosh,
  asinh: lax.asinh,
  acosh: lax.acosh,
  atanh: lax.atanh,
  erf: lax.erf,
  erfc: lax.erfc,
  erf_inv: lax.erfInv,
  square: lax.square,
  bitwise_not: lax.bitwiseNot,
  stop_gradient: stopGradient,
};

const UNARY_WITH_ACCURACY: Record<string, Unary> = {
  exp: lax.exp,
  exp2: lax.exp2,
  log: lax.log,
  log1p: lax.log1p,
  expm1: lax.expm1,
  tanh: lax.tanh,
  logistic: lax.logistic,
  sin: lax.sin,
  cos: lax.cos,
  tan: lax.tan,
  sqrt: lax.sqrt,
  rsqrt: lax.rsqrt,
  cbrt: lax.cbrt,
};

const BINARY: Record<string, Binary> = {
  add: lax.add,
  sub: lax.sub,
  div: lax.div,
  rem: lax.rem,
  pow: lax.pow,
  max: lax.max,
  min: lax.min,
  atan2: lax.atan2,
  nextafter: lax.nextafter,
  eq: lax.eq,
  ne: lax.ne,
  lt: lax.lt,
  le: lax.le,
  gt: lax.gt,
  ge: lax.ge,
  // Private in JAX too (lax_internal.lt_to_p, le_to_p): the sort comparators' total order.
  _lt_to: lax.ltTo,
  _le_to: lax.leTo,
  bitwise_and: lax.bitwiseAnd,
  bitwise_or: lax.bitwiseOr,
  bitwise_xor: lax.bitwiseXor,
  shift_left: lax.shiftLeft,
  shift_right_logical: lax.shiftRightLogical,
  shift_right_arithmetic: lax.shiftRightArithmetic,
};

for (const [name, f] of Object.entries(UNARY)) exportPy(LAX, name, "x", X, f as never);
for (const [name, f] of Object.entries(UNARY_WITH_ACCURACY)) {
  exportPy(LAX, name, "x, *, accuracy=None", X, withAccuracy(name, f) as never);
}
for (const [name, f] of Object.entries(BINARY)) exportPy(LAX, name, "x, y", X, f as never);

exportPy(LAX, "mul", "x, y, *, out_dtype=None", { ...X, out_dtype: "dtype" }, ((
  x: Value,
  y: Value,
  outDType: DType | null | undefined,
) => {
  if (outDType != null) throw notSupported("the out_dtype argument of lax.mul");
  return bind1(mulP, [x, y], {});
}) as never);

/** `rounding_method` arrives as an int (RoundingMethod is an IntEnum): 0 away from zero, 1 to nearest even. */
exportPy(LAX, "round", "x, rounding_method=0", X, ((x: Value, method: unknown) => {
  if (method !== 0 && method !== 1) {
    const shown = typeof method === "string" ? `'${method}'` : String(method);
    throw valueError(`${shown} is not a valid RoundingMethod`);
  }
  return lax.round(x, method);
}) as never);

exportPy(LAX, "integer_pow", "x, y", { x: "array" }, ((x: Value, y: number) =>
  lax.integerPow(x, y)) as never);

exportPy(
  LAX,
  "select",
  "pred, on_true, on_false",
  { pred: "array", on_true: "array", on_false: "array" },
  lax.select as never,
);

exportPy(LAX, "select_n", "which, *cases", { which: "array", cases: "arrays" }, ((
  which: Value,
  cases: Value[],
) => {
  if (cases.length === 0) throw valueError("select_n() must have at least one case");
  return lax.selectN(which, ...cases);
}) as never);

exportPy(LAX, "clamp", "min, x, max", { min: "array", x: "array", max: "array" }, lax.clamp as never);

exportPy(LAX, "convert_element_type", "operand, new_dtype", { operand: "array", new_dtype: "dtype" }, ((
  x: Value,
  dtype: DType,
) => lax.convertElementType(x, canonicalize(dtype), false)) as never);

/**
 * lax's private `_convert_element_type` (dtype and weak type both chosen). With `sharding_given`, as when
 * jacfwd/jacrev's unravel passes a sharding, JAX binds the conversion even when nothing changes.
 */
exportPy(
  LAX,
  "_convert_element_type",
  "operand, new_dtype, weak_type, sharding_given=False",
  { operand: "array", new_dtype: "dtype" },
  ((x: Value, dtype: DType, weakType: boolean, shardingGiven: boolean) =>
    shardingGiven
      ? bind1(convertElementTypeP, [x], { new_dtype: canonicalize(dtype), weak_type: Boolean(weakType) })
      : lax.convertElementType(x, canonicalize(dtype), Boolean(weakType))) as never,
);
