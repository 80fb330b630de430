// Elementwise primitives: arithmetic, math functions, comparisons, logic, select and conversion.
import { ShapedArray } from "../../core/aval.ts";
import { type DType, dtypeInfo, isFloating, isUnsigned } from "../../core/dtypes.ts";
import { notSupported, typeError } from "../../core/errors.ts";
import { definePrimitive, type Primitive } from "../../core/primitive.ts";
import { allocate, roundToDType } from "../../core/storage.ts";
import { ArrayValue } from "../../core/values.ts";
import type { Params } from "../../ir/jaxpr.ts";
import { mapBinary, mapTernary, mapUnary } from "../../runtime/cpu/elementwise.ts";
import { erf, erfc, erfInvF32 } from "../../runtime/cpu/special.ts";
import {
  ANY,
  BOOL_OR_INT,
  broadcastingShape,
  checkNaryDTypes,
  checkUnaryDType,
  type DTypeClass,
  FLOAT,
  FLOAT_OR_COMPLEX,
  INT,
  INT_OR_FLOAT,
  naryResult,
  NUM,
  ORDERED,
  SIGNED_FLOAT_COMPLEX,
} from "./dtype-rules.ts";

type NoParams = Record<string, never>;
type Kernel1 = (x: number) => number;
type Kernel2 = (x: number, y: number) => number;

function complexGuard(name: string, d: DType): void {
  if (dtypeInfo(d).kind === "c") throw notSupported(`complex numbers in ${name}`);
}

function unary(name: string, accepted: readonly DTypeClass[], kernel: (d: DType) => Kernel1): Primitive<NoParams> {
  return definePrimitive<NoParams>({
    name,
    abstractEval: ([x]) => {
      checkUnaryDType(name, x, accepted);
      return [x];
    },
    cpu: ([x], _p, [out]) => {
      complexGuard(name, x.dtype);
      return [mapUnary(x, out, kernel(x.dtype))];
    },
  });
}

function binary(
  name: string,
  accepted: readonly DTypeClass[],
  kernel: (d: DType) => Kernel2,
  resultDType?: DType,
): Primitive<NoParams> {
  return definePrimitive<NoParams>({
    name,
    abstractEval: (avals) => {
      checkNaryDTypes(name, avals, accepted);
      return [resultDType ? naryResult(name, avals, resultDType, false) : naryResult(name, avals)];
    },
    cpu: ([x, y], _p, [out]) => {
      complexGuard(name, x.dtype);
      return [mapBinary(x, y, out, kernel(x.dtype))];
    },
  });
}

const floatOnly = (f: Kernel1) => (): Kernel1 => f;
const same = (f: Kernel2) => (): Kernel2 => f;

// ---- arithmetic ----

export const addP = binary("add", NUM, same((a, b) => a + b));
export const subP = binary("sub", NUM, same((a, b) => a - b));
export const mulP = binary("mul", NUM, (d) => {
  if (d === "int32" || d === "int16" || d === "int8" || d === "uint8" || d === "uint16") return Math.imul;
  if (d === "uint32") return (a, b) => Math.imul(a, b) >>> 0;
  if (d === "bool") return (a, b) => a & b;
  return (a, b) => a * b;
});

/** Integer division truncates toward zero; XLA gives -1 (all ones) for a zero divisor. */
function intDiv(d: DType): Kernel2 {
  const allOnes = isUnsigned(d) ? 2 ** dtypeInfo(d).bits - 1 : -1;
  return (a, b) => (b === 0 ? allOnes : Math.trunc(a / b));
}

export const divP = binary("div", NUM, (d) => (isFloating(d) ? (a, b) => a / b : intDiv(d)));
export const remP = binary("rem", INT_OR_FLOAT, (d) => (isFloating(d) ? (a, b) => a % b : (a, b) => (b === 0 ? a : a % b)));
export const powP = binary("pow", FLOAT_OR_COMPLEX, same(Math.pow));
export const maxP = binary("max", ANY, same((a, b) => (Number.isNaN(a) || Number.isNaN(b) ? NaN : Math.max(a, b))));
export const minP = binary("min", ANY, same((a, b) => (Number.isNaN(a) || Number.isNaN(b) ? NaN : Math.min(a, b))));
export const atan2P = binary("atan2", FLOAT_OR_COMPLEX, same(Math.atan2));
export const nextafterP = binary("nextafter", FLOAT, () => {
  throw notSupported("the primitive 'nextafter' on the CPU");
});

export const negP = unary("neg", NUM, () => (x) => -x);
export const signP = unary("sign", NUM, (d) => (isFloating(d) ? (x) => (Number.isNaN(x) ? NaN : Math.sign(x)) : Math.sign));
export const floorP = unary("floor", FLOAT, floatOnly(Math.floor));
export const ceilP = unary("ceil", FLOAT, floatOnly(Math.ceil));
export const absP = unary("abs", SIGNED_FLOAT_COMPLEX, () => Math.abs);
export const squareP = unary("square", NUM, (d) => (isFloating(d) ? (x) => x * x : (x) => Math.imul(x, x)));

/** rounding_method 0 rounds half away from zero, 1 rounds half to even. */
export const roundP = definePrimitive<{ rounding_method: number }>({
  name: "round",
  abstractEval: ([x]) => {
    checkUnaryDType("round", x, FLOAT);
    return [x];
  },
  cpu: ([x], p, [out]) => [
    mapUnary(x, out, p.rounding_method === 0 ? (v) => Math.sign(v) * Math.round(Math.abs(v)) : roundHalfEven),
  ],
});

function roundHalfEven(v: number): number {
  if (!Number.isFinite(v)) return v;
  const r = Math.round(v);
  return r - v === 0.5 && r % 2 !== 0 ? r - 1 : r === 0 && v < 0 ? -0 : r;
}

export const isFiniteP = definePrimitive<NoParams>({
  name: "is_finite",
  abstractEval: ([x]) => {
    checkUnaryDType("is_finite", x, FLOAT);
    return [new ShapedArray(x.shape, "bool", false)];
  },
  cpu: ([x], _p, [out]) => [mapUnary(x, out, (v) => (Number.isFinite(v) ? 1 : 0))],
});

// ---- math functions (floating point) ----

const logistic = (x: number): number => 1 / (1 + Math.exp(-x));

export const expP = unary("exp", FLOAT_OR_COMPLEX, floatOnly(Math.exp));
export const exp2P = unary("exp2", FLOAT_OR_COMPLEX, floatOnly((x) => 2 ** x));
export const logP = unary("log", FLOAT_OR_COMPLEX, floatOnly(Math.log));
export const log1pP = unary("log1p", FLOAT_OR_COMPLEX, floatOnly(Math.log1p));
export const expm1P = unary("expm1", FLOAT_OR_COMPLEX, floatOnly(Math.expm1));
export const tanhP = unary("tanh", FLOAT_OR_COMPLEX, floatOnly(Math.tanh));
export const logisticP = unary("logistic", FLOAT_OR_COMPLEX, floatOnly(logistic));
export const sinP = unary("sin", FLOAT_OR_COMPLEX, floatOnly(Math.sin));
export const cosP = unary("cos", FLOAT_OR_COMPLEX, floatOnly(Math.cos));
export const tanP = unary("tan", FLOAT_OR_COMPLEX, floatOnly(Math.tan));
export const asinP = unary("asin", FLOAT_OR_COMPLEX, floatOnly(Math.asin));
export const acosP = unary("acos", FLOAT_OR_COMPLEX, floatOnly(Math.acos));
export const atanP = unary("atan", FLOAT_OR_COMPLEX, floatOnly(Math.atan));
export const sinhP = unary("sinh", FLOAT_OR_COMPLEX, floatOnly(Math.sinh));
export const coshP = unary("cosh", FLOAT_OR_COMPLEX, floatOnly(Math.cosh));
export const asinhP = unary("asinh", FLOAT_OR_COMPLEX, floatOnly(Math.asinh));
export const acoshP = unary("acosh", FLOAT_OR_COMPLEX, floatOnly(Math.acosh));
export const atanhP = unary("atanh", FLOAT_OR_COMPLEX, floatOnly(Math.atanh));
export const sqrtP = unary("sqrt", FLOAT_OR_COMPLEX, floatOnly(Math.sqrt));
export const rsqrtP = unary("rsqrt", FLOAT_OR_COMPLEX, floatOnly((x) => 1 / Math.sqrt(x)));
export const cbrtP = unary("cbrt", FLOAT_OR_COMPLEX, floatOnly(Math.cbrt));
export const erfP = unary("erf", FLOAT, floatOnly(erf));
export const erfcP = unary("erfc", FLOAT, floatOnly(erfc));
export const erfInvP = unary("erf_inv", FLOAT, floatOnly(erfInvF32));

/** x ** y for a static integer y, by repeated squaring in the operand's own arithmetic. */
export const integerPowP = definePrimitive<{ y: number }>({
  name: "integer_pow",
  abstractEval: ([x], p) => {
    checkUnaryDType("integer_pow", x, NUM);
    if (p.y < 0 && !isFloating(x.dtype)) {
      throw typeError(`Integers cannot be raised to negative powers, got integer_pow(x, ${p.y})`);
    }
    return [x];
  },
  cpu: ([x], p, [out]) => {
    const float = isFloating(x.dtype);
    const mul: Kernel2 = float ? (a, b) => roundToDType(x.dtype, a * b) : (a, b) => Math.imul(a, b);
    const n = Math.abs(p.y);
    const f = (v: number): number => {
      let acc = float ? 1 : 1;
      let base = v;
      let e = n;
      let first = true;
      while (e > 0) {
        if (e & 1) {
          acc = first ? base : mul(acc, base);
          first = false;
        }
        e >>= 1;
        if (e > 0) base = mul(base, base);
      }
      return p.y < 0 ? 1 / acc : acc;
    };
    return [mapUnary(x, out, f)];
  },
});

// ---- comparisons ----

const cmp = (name: string, accepted: readonly DTypeClass[], f: (a: number, b: number) => boolean) =>
  binary(name, accepted, () => (a, b) => (f(a, b) ? 1 : 0), "bool");

export const eqP = cmp("eq", ANY, (a, b) => a === b);
export const neP = cmp("ne", ANY, (a, b) => a !== b);
export const ltP = cmp("lt", ORDERED, (a, b) => a < b);
export const leP = cmp("le", ORDERED, (a, b) => a <= b);
export const gtP = cmp("gt", ORDERED, (a, b) => a > b);
export const geP = cmp("ge", ORDERED, (a, b) => a >= b);

// ---- logic and bits ----

export const andP = binary("and", BOOL_OR_INT, same((a, b) => a & b));
export const orP = binary("or", BOOL_OR_INT, same((a, b) => a | b));
export const xorP = binary("xor", BOOL_OR_INT, same((a, b) => a ^ b));
export const notP = unary("not", BOOL_OR_INT, (d) => (d === "bool" ? (x) => (x ? 0 : 1) : (x) => ~x));

function shift(name: string, f: (bits: number, unsigned: boolean) => Kernel2): Primitive<NoParams> {
  return binary(name, INT, (d) => f(dtypeInfo(d).bits, isUnsigned(d)));
}
export const shiftLeftP = shift("shift_left", (bits) => (a, b) => (b < 0 || b >= bits ? 0 : bits === 32 ? a << b : a * 2 ** b));
export const shiftRightLogicalP = shift("shift_right_logical", (bits) => (a, b) => {
  if (b < 0 || b >= bits) return 0;
  const mask = 2 ** bits;
  return Math.floor((((a % mask) + mask) % mask) / 2 ** b);
});
export const shiftRightArithmeticP = shift("shift_right_arithmetic", (bits, unsigned) => (a, b) => {
  const s = b < 0 || b >= bits ? bits - 1 : b;
  return unsigned ? Math.floor(a / 2 ** s) : Math.floor(a / 2 ** s);
});

// ---- selection ----

export const selectNP = definePrimitive<NoParams>({
  name: "select_n",
  abstractEval: ([which, ...cases]) => {
    if (cases.length === 0) throw typeError("select_n must have at least one case");
    if (which.dtype !== "bool" && which.dtype !== "int32") {
      throw typeError(`select_n \`which\` must be boolean or int32 type, got ${which.dtype}.`);
    }
    if (cases.some((c) => c.dtype !== cases[0].dtype)) {
      throw typeError(`select_n cases must have the same dtypes, got [${cases.map((c) => c.dtype).join(", ")}].`);
    }
    if (cases.some((c) => c.shape.join() !== cases[0].shape.join())) {
      throw typeError(`select_n cases must have the same shapes, got [${cases.map((c) => `(${c.shape.join(", ")})`).join(", ")}].`);
    }
    if (which.ndim !== 0 && which.shape.join() !== cases[0].shape.join()) {
      throw typeError(
        `select \`which\` must be scalar or have the same shape as cases, got \`which\` shape (${which.shape.join(", ")}) but case shape (${cases[0].shape.join(", ")}).`,
      );
    }
    return [cases[0].withDType(cases[0].dtype, cases.every((c) => c.weakType))];
  },
  cpu: ([which, ...cases], _p, [out]) => {
    if (cases.length === 2) return [mapTernary(which, cases[0], cases[1], out, (w, f, t) => (w ? t : f))];
    const data = allocate(out.dtype, out.size);
    const w = which.data;
    for (let i = 0; i < data.length; i++) data[i] = cases[w.length === 1 ? w[0] : w[i]].data[i];
    return [new ArrayValue(out, data)];
  },
});

export const clampP = definePrimitive<NoParams>({
  name: "clamp",
  abstractEval: ([lo, x, hi]) => {
    if (lo.dtype !== x.dtype || hi.dtype !== x.dtype) {
      throw typeError(`lax.clamp requires arguments to have the same dtypes, got ${lo.dtype}, ${x.dtype}, ${hi.dtype}.`);
    }
    if ((lo.ndim !== 0 && lo.shape.join() !== x.shape.join()) || (hi.ndim !== 0 && hi.shape.join() !== x.shape.join())) {
      throw typeError(
        `Arrays min and max must be scalar or have the same shape as operand, got min shape (${lo.shape.join(", ")}), operand shape (${x.shape.join(", ")}), max shape (${hi.shape.join(", ")}).`,
      );
    }
    return [x.withDType(x.dtype, x.weakType)];
  },
  cpu: ([lo, x, hi], _p, [out]) => [mapTernary(lo, x, hi, out, (l, v, h) => Math.min(Math.max(v, l), h))],
});

// ---- conversion ----

export interface ConvertParams extends Params {
  readonly new_dtype: DType;
  readonly weak_type: boolean;
}

export const convertElementTypeP = definePrimitive<ConvertParams>({
  name: "convert_element_type",
  abstractEval: ([x], p) => [new ShapedArray(x.shape, p.new_dtype, p.weak_type)],
  cpu: ([x], p, [out]) => [convertValue(x, p.new_dtype, out)],
});

/** XLA's conversions on the CPU: floats to ints truncate and saturate, NaN becomes 0; anything to bool is `!= 0`. */
export function convertValue(x: ArrayValue, to: DType, outAval: ShapedArray): ArrayValue {
  const from = x.dtype;
  complexGuard("convert_element_type", from);
  complexGuard("convert_element_type", to);
  if (to === "bool") return mapUnary(x, outAval, (v) => (v !== 0 ? 1 : 0));
  if (isFloating(to) || !isFloating(from)) return mapUnary(x, outAval, (v) => v);
  const bits = dtypeInfo(to).bits;
  const [lo, hi] = isUnsigned(to) ? [0, 2 ** bits - 1] : [-(2 ** (bits - 1)), 2 ** (bits - 1) - 1];
  return mapUnary(x, outAval, (v) => (Number.isNaN(v) ? 0 : Math.min(Math.max(Math.trunc(v), lo), hi)));
}

export { broadcastingShape };
