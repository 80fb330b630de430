// jnp's elementwise functions (jax/_src/numpy/ufuncs.py), built from lax as JAX builds them.
import { isBool, isInteger, isUnsigned } from "../core/dtypes.ts";
import { ArrayValue, type Value } from "../core/values.ts";
import { exportPy } from "../api/registry.ts";
import * as lax from "../lax/lax.ts";
import { jitted } from "../transforms/jit.ts";
import {
  promoteArgs,
  promoteArgsInexact,
  promoteArgsNumeric,
  promoteDTypesNumeric,
  promoteShapes,
} from "./promotion.ts";
import { constLike, toBool, where3 } from "./where.ts";

type Unary = (x: Value) => Value;
type Binary = (x: Value, y: Value) => Value;

const isIntOrBool = (v: Value): boolean => isInteger(v.aval.dtype) || isBool(v.aval.dtype);

/** A binary ufunc over promoted args; bools may use another lax op (`_maybe_bool_binop`). */
function binaryUfunc(name: string, op: Binary, boolOp?: Binary): Binary {
  return (x, y) => {
    const [a, b] = promoteArgs(name, [x, y]);
    return boolOp && isBool(a.aval.dtype) ? boolOp(a, b) : op(a, b);
  };
}

function inexactUnary(name: string, op: Unary): Unary {
  return (x) => op(promoteArgsInexact(name, [x])[0]);
}

export const add = binaryUfunc("add", lax.add, lax.bitwiseOr);
export const multiply = binaryUfunc("multiply", lax.mul, lax.bitwiseAnd);
export const subtract = binaryUfunc("subtract", lax.sub);
export const maximum = binaryUfunc("maximum", lax.max);
export const minimum = binaryUfunc("minimum", lax.min);
export const equal = binaryUfunc("equal", lax.eq);
export const notEqual = binaryUfunc("not_equal", lax.ne);
export const less = binaryUfunc("less", lax.lt);
export const lessEqual = binaryUfunc("less_equal", lax.le);
export const greater = binaryUfunc("greater", lax.gt);
export const greaterEqual = binaryUfunc("greater_equal", lax.ge);
export const bitwiseAnd = binaryUfunc("bitwise_and", lax.bitwiseAnd);
export const bitwiseOr = binaryUfunc("bitwise_or", lax.bitwiseOr);
export const bitwiseXor = binaryUfunc("bitwise_xor", lax.bitwiseXor);
export const leftShift: Binary = (x, y) => {
  const [a, b] = promoteArgsNumeric("left_shift", [x, y]);
  return lax.shiftLeft(a, b);
};
export const rightShift: Binary = (x, y) => {
  const [a, b] = promoteArgsNumeric("right_shift", [x, y]);
  return isUnsigned(a.aval.dtype) ? lax.shiftRightLogical(a, b) : lax.shiftRightArithmetic(a, b);
};

function logical(name: string, op: Binary): Binary {
  return (x, y) => {
    const [a, b] = promoteArgs(name, [x, y]).map(toBool);
    return op(a, b);
  };
}
export const logicalAnd = logical("logical_and", lax.bitwiseAnd);
export const logicalOr = logical("logical_or", lax.bitwiseOr);
export const logicalXor = logical("logical_xor", lax.bitwiseXor);
export const logicalNot: Unary = (x) => lax.bitwiseNot(toBool(x));

export const trueDivide: Binary = (x, y) => {
  const [a, b] = promoteArgsInexact("true_divide", [x, y]);
  return lax.div(a, b);
};

export const negative: Unary = (x) => lax.neg(x);
export const positive: Unary = (x) => x;
export const absolute: Unary = (x) => (isUnsigned(x.aval.dtype) || isBool(x.aval.dtype) ? x : lax.abs(x));
export const sign: Unary = (x) => lax.sign(x);
export const square: Unary = (x) => lax.square(promoteDTypesNumeric([x])[0]);
export const invert: Unary = (x) => lax.bitwiseNot(x);

function intPassthrough(name: string, op: Unary): Unary {
  return (x) => (isIntOrBool(x) ? x : op(promoteArgsInexact(name, [x])[0]));
}
export const floor = intPassthrough("floor", lax.floor);
export const ceil = intPassthrough("ceil", lax.ceil);

export const reciprocal: Unary = (x) => lax.integerPow(promoteArgsInexact("reciprocal", [x])[0], -1);

/**
 * `jnp.power`: a concrete integer scalar exponent becomes integer_pow; integer bases use binary
 * exponentiation (`_pow_int_int`); a float base with an integer exponent is not promoted.
 */
export const power: Binary = (x, y) => {
  if (y instanceof ArrayValue && y.aval.ndim === 0 && isIntOrBool(y)) {
    const [base] = promoteDTypesNumeric([x]);
    return lax.integerPow(base, Number(y.scalar()));
  }
  const [x1, x2] = promoteShapes("power", [x, y]);
  const [a, b] = promoteArgsNumeric("power", [x1, x2]);
  if (isIntOrBool(a)) return powIntInt(a, b);
  if (!isIntOrBool(x1) && isInteger(x2.aval.dtype)) return lax.pow(x1, x2);
  return lax.pow(a, b);
};

/** `_pow_int_int`: six rounds of square-and-multiply, enough for any base above 1 before overflow. */
function powIntInt(base: Value, exponent: Value): Value {
  const zero = constLike(exponent, 0);
  const one = constLike(exponent, 1);
  let x1 = base;
  let x2 = exponent;
  let acc = where3(lax.bitwiseAnd(lax.eq(x1, zero), lax.ne(x2, zero)), zero, one);
  for (let i = 0; i < 6; i++) {
    acc = where3(lax.bitwiseAnd(x2, one), lax.mul(acc, x1), acc);
    x1 = lax.mul(x1, x1);
    x2 = lax.shiftRightLogical(x2, one);
  }
  return acc;
}

export const isnan: Unary = (x) => lax.ne(x, x);

const UNARY_INEXACT: Record<string, Unary> = {
  sin: lax.sin,
  cos: lax.cos,
  tan: lax.tan,
  arcsin: lax.asin,
  arccos: lax.acos,
  arctan: lax.atan,
  sinh: lax.sinh,
  cosh: lax.cosh,
  tanh: lax.tanh,
  arcsinh: lax.asinh,
  arctanh: lax.atanh,
  exp: lax.exp,
  log: lax.log,
  log1p: lax.log1p,
  expm1: lax.expm1,
  sqrt: lax.sqrt,
  cbrt: lax.cbrt,
};

export const unaryInexact: Record<string, Unary> = Object.fromEntries(
  Object.entries(UNARY_INEXACT).map(([name, op]) => [name, inexactUnary(name, op)]),
);

/** jnp.arccosh is a (non-inline) `jit`; the complex branch correction is not needed for real inputs. */
const arccoshJit = jitted("arccosh", ([x]) => [lax.acosh(promoteArgsInexact("arccosh", [x])[0])]);
export const arccosh: Unary = (x) => arccoshJit([x])[0];

/** The array API names: `acos(x)` is `arccos(*promote_args('acos', x))`. */
const ALIASES: Record<string, Unary> = Object.fromEntries(
  Object.entries({
    acos: "arccos",
    acosh: "arccosh",
    asin: "arcsin",
    asinh: "arcsinh",
    atan: "arctan",
    atanh: "arctanh",
  }).map(([alias, name]) => {
    const f = name === "arccosh" ? arccosh : unaryInexact[name];
    return [alias, (x: Value) => f(promoteArgs(alias, [x])[0])];
  }),
);

// ---- Python exports ----

const A = { x: "array", x1: "array", x2: "array" } as const;
const exportBinary = (name: string, f: Binary) =>
  exportPy("jax.numpy", name, "x1, x2, /", A, f as never, { borrowsArrays: true });
const exportUnary = (name: string, f: Unary) => exportPy("jax.numpy", name, "x, /", A, f as never);

for (const [name, f] of Object.entries({
  add,
  multiply,
  subtract,
  maximum,
  minimum,
  equal,
  not_equal: notEqual,
  less,
  less_equal: lessEqual,
  greater,
  greater_equal: greaterEqual,
  bitwise_and: bitwiseAnd,
  bitwise_or: bitwiseOr,
  bitwise_xor: bitwiseXor,
  left_shift: leftShift,
  bitwise_left_shift: leftShift,
  right_shift: rightShift,
  bitwise_right_shift: rightShift,
  logical_and: logicalAnd,
  logical_or: logicalOr,
  logical_xor: logicalXor,
  true_divide: trueDivide,
  divide: trueDivide,
  power,
  pow: power,
})) {
  exportBinary(name, f);
}

for (const [name, f] of Object.entries({
  negative,
  positive,
  absolute,
  abs: absolute,
  sign,
  square,
  invert,
  bitwise_not: invert,
  bitwise_invert: invert,
  logical_not: logicalNot,
  floor,
  ceil,
  reciprocal,
  isnan,
  ...unaryInexact,
  arccosh,
  ...ALIASES,
})) {
  exportUnary(name, f);
}
