// jnp's elementwise functions (jax/_src/numpy/ufuncs.py), built from lax as JAX builds them.
import { isBool, isInteger, isUnsigned } from "../core/dtypes.ts";
import { typeError } from "../core/errors.ts";
import { ArrayValue, type Value } from "../core/values.ts";
import { exportPy } from "../api/registry.ts";
import * as lax from "../lax/lax.ts";
import { promoteArgs, promoteArgsInexact, promoteArgsNumeric, promoteDTypesNumeric } from "./promotion.ts";

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
export const leftShift = binaryUfunc("left_shift", lax.shiftLeft);
export const rightShift: Binary = (x, y) => {
  const [a, b] = promoteArgs("right_shift", [x, y]);
  return isUnsigned(a.aval.dtype) ? lax.shiftRightLogical(a, b) : lax.shiftRightArithmetic(a, b);
};

function logical(name: string, op: Binary): Binary {
  return (x, y) => {
    const [a, b] = promoteArgs(name, [x, y]).map((v) => lax.convertElementType(v, "bool", false));
    return op(a, b);
  };
}
export const logicalAnd = logical("logical_and", lax.bitwiseAnd);
export const logicalOr = logical("logical_or", lax.bitwiseOr);
export const logicalXor = logical("logical_xor", lax.bitwiseXor);
export const logicalNot: Unary = (x) => lax.bitwiseNot(lax.convertElementType(x, "bool", false));

export const trueDivide: Binary = (x, y) => {
  const [a, b] = promoteArgsInexact("true_divide", [x, y]);
  return lax.div(a, b);
};

export const negative: Unary = (x) => {
  if (isBool(x.aval.dtype)) throw typeError("negative does not accept dtype bool.");
  return lax.neg(x);
};
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

/** `jnp.power`: a concrete integer exponent becomes integer_pow; otherwise pow after promotion. */
export const power: Binary = (x, y) => {
  if (y instanceof ArrayValue && y.aval.ndim === 0 && isIntOrBool(y)) {
    const [base] = promoteDTypesNumeric([x]);
    return lax.integerPow(base, Number(y.scalar()));
  }
  const [a, b] = promoteArgsNumeric("power", [x, y]);
  if (isIntOrBool(a)) throw typeError("Traceur does not support jnp.power with a traced integer exponent yet.");
  if (!isIntOrBool(x) && isInteger(y.aval.dtype)) return lax.pow(x, y);
  return lax.pow(a, b);
};

export const isnan: Unary = (x) => {
  if (isIntOrBool(x)) throw typeError("Traceur does not support jnp.isnan on integer arrays yet.");
  return lax.ne(x, x);
};

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
  arccosh: lax.acosh,
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

// ---- Python exports ----

const A = { x: "array", x1: "array", x2: "array" } as const;
const exportBinary = (name: string, f: Binary) => exportPy("jax.numpy", name, "x1, x2, /", A, f as never);
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
  right_shift: rightShift,
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
})) {
  exportUnary(name, f);
}
