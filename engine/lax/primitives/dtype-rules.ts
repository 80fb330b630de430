import { ShapedArray, type Shape, shapeStr } from "../../core/aval.ts";
import { type DType, dtypeInfo } from "../../core/dtypes.ts";
import { typeError } from "../../core/errors.ts";

/** numpy's abstract scalar classes that lax uses to say which dtypes an operation accepts. */
/** "prng_key": the extended dtype of typed PRNG keys, which only equality accepts. */
export type DTypeClass = "integer" | "signedinteger" | "floating" | "complexfloating" | "bool" | "prng_key";

export function inClass(d: DType, c: DTypeClass): boolean {
  const k = dtypeInfo(d).kind;
  switch (c) {
    case "integer":
      return k === "i" || k === "u";
    case "signedinteger":
      return k === "i";
    case "floating":
      return k === "f";
    case "complexfloating":
      return k === "c";
    case "bool":
      return k === "b";
    case "prng_key":
      return k === "V";
  }
}

export const NUM: DTypeClass[] = ["integer", "floating", "complexfloating"];
export const ANY: DTypeClass[] = ["integer", "floating", "complexfloating", "bool"];
export const FLOAT: DTypeClass[] = ["floating"];
export const FLOAT_OR_COMPLEX: DTypeClass[] = ["floating", "complexfloating"];
export const INT: DTypeClass[] = ["integer"];
export const BOOL_OR_INT: DTypeClass[] = ["integer", "bool"];
export const ORDERED: DTypeClass[] = ["integer", "floating", "bool"];
export const INT_OR_FLOAT: DTypeClass[] = ["integer", "floating"];
// The order is the one JAX's messages show (the iteration order of lax's Python sets).
export const FLOAT_COMPLEX_SIGNED: DTypeClass[] = ["floating", "complexfloating", "signedinteger"];
export const INT_FLOAT_COMPLEX = NUM;

export function checkUnaryDType(name: string, aval: ShapedArray, accepted: readonly DTypeClass[]): void {
  if (!accepted.some((c) => inClass(aval.dtype, c))) {
    throw typeError(
      `${name} does not accept dtype ${aval.dtype}. Accepted dtypes are subtypes of ${accepted.join(", ")}.`,
    );
  }
}

/** lax's tip for ops that have a promoting jnp twin (`_JNP_FUNCTION_EQUIVALENTS`). */
const JNP_EQUIVALENTS: Record<string, string> = {
  abs: "fabs",
  acos: "arccos",
  acosh: "arccosh",
  add: "add",
  asin: "arcsin",
  asinh: "arcsinh",
  atan: "arctan",
  atan2: "arctan2",
  atanh: "arctanh",
  bitwise_and: "bitwise_and",
  bitwise_not: "bitwise_not",
  bitwise_or: "bitwise_or",
  bitwise_xor: "bitwise_xor",
  cbrt: "cbrt",
  ceil: "ceil",
  concatenate: "concatenate",
  cos: "cos",
  cosh: "cosh",
  div: "divide",
  eq: "equal",
  exp: "exp",
  expm1: "expm1",
  floor: "floor",
  greater: "greater",
  greater_equal: "greater_equal",
  less: "less",
  less_equal: "less_equal",
  log: "log",
  logical_and: "logical_and",
  logical_not: "logical_not",
  logical_or: "logical_or",
  logical_xor: "logical_xor",
  log1p: "log1p",
  max: "maximum",
  min: "minimum",
  mul: "multiply",
  ne: "not_equal",
  neg: "negative",
  nextafter: "nextafter",
  pow: "float_power",
  round: "round",
  select: "where",
  shift_left: "left_shift",
  shift_right_logical: "right_shift",
  shift_right_arithmetic: "right_shift_arithmetic",
  sign: "sign",
  sin: "sin",
  sinh: "sinh",
  sqrt: "sqrt",
  sub: "subtract",
  tan: "tan",
  tanh: "tanh",
};

/** `naryop_dtype_rule`: each operand's dtype class (one list for all, or one per position), then equal dtypes. */
export function checkNaryDTypes(
  name: string,
  avals: readonly ShapedArray[],
  accepted: readonly DTypeClass[] | readonly (readonly DTypeClass[])[],
  requireSame = true,
): void {
  const perPosition = Array.isArray(accepted[0]);
  avals.forEach((a, i) => {
    const ok = (perPosition ? accepted[i] : accepted) as readonly DTypeClass[];
    if (!ok.some((c) => inClass(a.dtype, c))) {
      throw typeError(
        `${name} does not accept dtype ${a.dtype} at position ${i}. ` +
          `Accepted dtypes at position ${i} are subtypes of ${ok.join(", ")}.`,
      );
    }
  });
  if (requireSame) checkSameDTypes(name, avals);
}

export function checkSameDTypes(name: string, avals: readonly ShapedArray[]): void {
  if (avals.some((a) => a.dtype !== avals[0].dtype)) {
    let msg = `lax.${name} requires arguments to have the same dtypes, got ${avals.map((a) => a.dtype).join(", ")}.`;
    const equiv = JNP_EQUIVALENTS[name];
    if (equiv)
      msg += ` (Tip: jnp.${equiv} is a similar function that does automatic type promotion on inputs).`;
    throw typeError(msg);
  }
}

/** lax's `broadcasting_shape_rule`: rank-0 operands aside, equal ranks whose sizes agree or are 1. */
export function broadcastingShape(name: string, avals: readonly ShapedArray[]): Shape {
  const shapes = avals.map((a) => a.shape).filter((s) => s.length > 0);
  if (shapes.length === 0) return [];
  const ranks = new Set(shapes.map((s) => s.length));
  if (ranks.size !== 1) {
    // Python prints a set of small ints in ascending order.
    const shown = [...ranks].sort((a, b) => a - b).join(", ");
    throw typeError(`${name}: arrays must have the same number of dimensions, got {${shown}}`);
  }
  const out: number[] = [];
  for (let i = 0; i < shapes[0].length; i++) {
    const ds = shapes.map((s) => s[i]);
    const non1 = ds.filter((d) => d !== 1);
    if (non1.length === 0) out.push(1);
    else if (non1.every((d) => d === non1[0])) out.push(non1[0]);
    else {
      throw typeError(
        `${name} got incompatible shapes for broadcasting: ${shapes.map(shapeStr).join(", ")}.`,
      );
    }
  }
  return out;
}

/** `_standard_weak_type_rule`: the result is weak only when every operand is. */
export const allWeak = (avals: readonly ShapedArray[]): boolean => avals.every((a) => a.weakType);

export function naryResult(
  name: string,
  avals: readonly ShapedArray[],
  dtype?: DType,
  weak?: boolean,
): ShapedArray {
  return new ShapedArray(broadcastingShape(name, avals), dtype ?? avals[0].dtype, weak ?? allWeak(avals));
}
