// Elementwise primitives: arithmetic, math functions, comparisons, logic, select and conversion.
import { ShapedArray, shapeStr, shapesEqual } from "../../core/aval.ts";
import { type DType, dtypeInfo, isFloating, isInteger, isUnsigned } from "../../core/dtypes.ts";
import { notSupported, typeError } from "../../core/errors.ts";
import { definePrimitive, type Primitive } from "../../core/primitive.ts";
import { allocate, roundToDType, type TypedArray } from "../../core/storage.ts";
import { ArrayValue } from "../../core/values.ts";
import type { Params } from "../../ir/jaxpr.ts";
import { mapBinary, mapTernary, mapUnary, runBinary, runUnary } from "../../runtime/cpu/elementwise.ts";
import {
  BINARY_LOOPS,
  clamp_f32,
  clamp_i32,
  f32_to_bool,
  f32_to_i32,
  flush_f32,
  i32_to_bool,
  integer_pow_f32,
  integer_pow_i32,
  roundHalfEven,
  select_f32,
  select_i32,
  select_u8,
  UNARY_LOOPS,
} from "../../runtime/cpu/kernels.generated.ts";
import { erf, erfc, erfInvF32 } from "../../runtime/cpu/special.ts";
import {
  erfcF32,
  erfF32,
  exp2F32,
  expF32,
  flushDenormal,
  logF32,
  logisticF32,
  tanhF32,
} from "../../runtime/cpu/xla-math.ts";
import {
  allWeak,
  ANY,
  BOOL_OR_INT,
  broadcastingShape,
  checkNaryDTypes,
  checkSameDTypes,
  checkUnaryDType,
  type DTypeClass,
  FLOAT,
  FLOAT_OR_COMPLEX,
  INT,
  INT_OR_FLOAT,
  NUM,
  ORDERED,
  FLOAT_COMPLEX_SIGNED,
} from "./dtype-rules.ts";

type NoParams = Record<string, never>;
type Kernel1 = (x: number) => number;
type Kernel2 = (x: number, y: number) => number;

function complexGuard(name: string, d: DType): void {
  if (dtypeInfo(d).kind === "c") throw notSupported(`complex numbers in ${name}`);
}

/**
 * XLA's CPU code flushes float32 denormals to zero, in its inputs and its results (see
 * runtime/cpu/xla-math.ts); only the sign-bit operations (neg, abs) and selection move them untouched.
 */
function flushing1(d: DType, k: Kernel1): Kernel1 {
  return d === "float32" ? (x) => flushDenormal(k(flushDenormal(x))) : k;
}

function flushing2(d: DType, k: Kernel2): Kernel2 {
  return d === "float32" ? (x, y) => flushDenormal(k(flushDenormal(x), flushDenormal(y))) : k;
}

// Operations XLA computes without flushing denormal inputs: sign-bit operations, and tanh, whose tiny
// inputs are returned as they are.
const UNFLUSHED_UNARY = new Set(["neg", "abs", "tanh"]);

function unary(
  name: string,
  accepted: readonly DTypeClass[],
  kernel: (d: DType) => Kernel1,
): Primitive<NoParams> {
  return definePrimitive<NoParams>({
    name,
    abstractEval: ([x]) => {
      checkUnaryDType(name, x, accepted);
      return [x];
    },
    cpu: ([x], _p, [out]) => {
      complexGuard(name, x.dtype);
      const loop = UNARY_LOOPS[name]?.[x.dtype];
      if (loop) return [runUnary(loop, x, out)];
      const k = kernel(x.dtype);
      return [mapUnary(x, out, UNFLUSHED_UNARY.has(name) ? k : flushing1(x.dtype, k))];
    },
  });
}

function binary(
  name: string,
  accepted: readonly DTypeClass[],
  kernel: (d: DType) => Kernel2,
  resultDType?: DType,
  cpu?: (x: ArrayValue, y: ArrayValue, out: ShapedArray) => ArrayValue,
): Primitive<NoParams> {
  return definePrimitive<NoParams>({
    name,
    // As `standard_abstract_eval`: the shape rule runs before the dtype rule.
    abstractEval: (avals) => {
      const shape = broadcastingShape(name, avals);
      checkNaryDTypes(name, avals, accepted);
      // `_standard_weak_type_rule`: weak when every operand is, even for the bool results of comparisons.
      return [new ShapedArray(shape, resultDType ?? avals[0].dtype, allWeak(avals))];
    },
    cpu: ([x, y], _p, [out]) => {
      complexGuard(name, x.dtype);
      if (cpu) return [cpu(x, y, out)];
      const loop = BINARY_LOOPS[name]?.[x.dtype];
      if (loop) return [runBinary(loop, x, y, out)];
      return [mapBinary(x, y, out, flushing2(x.dtype, kernel(x.dtype)))];
    },
  });
}

const floatOnly = (f: Kernel1) => (): Kernel1 => f;
const same = (f: Kernel2) => (): Kernel2 => f;

// ---- arithmetic ----

export const addP = binary(
  "add",
  NUM,
  same((a, b) => a + b),
);
export const subP = binary(
  "sub",
  NUM,
  same((a, b) => a - b),
);
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

const floatDiv: Kernel2 = (a, b) => a / b;

/**
 * XLA divides by a divisor that is broadcast to more elements by multiplying with its reciprocal
 * (`A / broadcast(B) => A * broadcast(1 / B)`), and JAX's results show it: `x / 3.0` on an array is
 * `x * fround(1 / 3)`, while a scalar divided by a scalar, or arrays of one shape, divide.
 * (Within a compiled computation more rules apply: runtime/cpu/xla-eval.ts.)
 */
function divCpu(x: ArrayValue, y: ArrayValue, out: ShapedArray): ArrayValue {
  const d = x.dtype;
  const loop = BINARY_LOOPS.div[d];
  if (!isFloating(d)) return loop ? runBinary(loop, x, y, out) : mapBinary(x, y, out, intDiv(d));
  if (y.aval.size >= out.size)
    return loop ? runBinary(loop, x, y, out) : mapBinary(x, y, out, flushing2(d, floatDiv));
  if (d === "float32") {
    const reciprocal = runUnary(UNARY_LOOPS.reciprocal.float32!, y, y.aval);
    return runBinary(BINARY_LOOPS.mul.float32!, x, reciprocal, out);
  }
  const recip = mapUnary(
    y,
    y.aval,
    flushing1(d, (v) => 1 / v),
  );
  return mapBinary(
    x,
    recip,
    out,
    flushing2(d, (a, r) => a * r),
  );
}

export const divP = binary("div", NUM, (d) => (isFloating(d) ? floatDiv : intDiv(d)), undefined, divCpu);
// XLA keeps a denormal dividend (fmod works on its bits) but flushes a denormal divisor to zero.
const floatRem: Kernel2 = (a, b) => a % flushDenormal(b);
const intRem: Kernel2 = (a, b) => (b === 0 ? a : a % b);
export const remP = binary(
  "rem",
  INT_OR_FLOAT,
  (d) => (isFloating(d) ? floatRem : intRem),
  undefined,
  (x, y, out) => {
    const loop = BINARY_LOOPS.rem[x.dtype];
    if (loop) return runBinary(loop, x, y, out);
    return mapBinary(
      x,
      y,
      out,
      isFloating(x.dtype) ? (x.dtype === "float32" ? floatRem : (a, b) => a % b) : intRem,
    );
  },
);
/** `pow` takes an integer exponent as well; its dtype rule is its own (`_pow_dtype_rule`). */
export const powP = definePrimitive<NoParams>({
  name: "pow",
  abstractEval: (avals) => {
    const [x, y] = avals;
    const shape = broadcastingShape("pow", avals);
    checkNaryDTypes("pow", avals, [FLOAT_OR_COMPLEX, NUM], false);
    if (!(isInteger(y.dtype) || x.dtype === y.dtype)) {
      throw typeError(
        "the first argument to pow must have an inexact dtype (float or complex), and the second argument " +
          "must have an inexact or integer dtype, and two inexact dtypes must match, but got " +
          `${x.dtype} and ${y.dtype} respectively.`,
      );
    }
    return [new ShapedArray(shape, x.dtype, allWeak(avals))];
  },
  cpu: ([x, y], _p, [out]) => {
    complexGuard("pow", x.dtype);
    return [mapBinary(x, y, out, Math.pow)];
  },
});
export const maxP = binary(
  "max",
  ANY,
  same((a, b) => (Number.isNaN(a) || Number.isNaN(b) ? NaN : Math.max(a, b))),
);
export const minP = binary(
  "min",
  ANY,
  same((a, b) => (Number.isNaN(a) || Number.isNaN(b) ? NaN : Math.min(a, b))),
);
export const atan2P = binary("atan2", FLOAT_OR_COMPLEX, same(Math.atan2));
const nextScratch = new Float32Array(1);
const nextBits = new Int32Array(nextScratch.buffer);

/** The next float32 after a towards b, by stepping its bits (denormals included: no float arithmetic). */
function nextafterF32(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return NaN;
  if (a === b) return b;
  if (a === 0) return b > 0 ? 2 ** -149 : -(2 ** -149);
  nextScratch[0] = a;
  nextBits[0] += a < b === a > 0 ? 1 : -1;
  return nextScratch[0];
}

export const nextafterP = binary(
  "nextafter",
  FLOAT,
  (d) => {
    if (d !== "float32") throw notSupported(`lax.nextafter on ${d}`);
    return nextafterF32;
  },
  undefined,
  (x, y, out) => mapBinary(x, y, out, nextafterF32),
);

export const negP = unary("neg", NUM, () => (x) => -x);
export const signP = unary("sign", NUM, (d) =>
  isFloating(d) ? (x) => (Number.isNaN(x) ? NaN : Math.sign(x)) : Math.sign,
);
export const floorP = unary("floor", FLOAT, floatOnly(Math.floor));
export const ceilP = unary("ceil", FLOAT, floatOnly(Math.ceil));
export const absP = unary("abs", FLOAT_COMPLEX_SIGNED, () => Math.abs);
export const squareP = unary("square", NUM, (d) => (isFloating(d) ? (x) => x * x : (x) => Math.imul(x, x)));

/** rounding_method 0 rounds half away from zero, 1 rounds half to even. */
export const roundP = definePrimitive<{ rounding_method: number }>({
  name: "round",
  abstractEval: ([x]) => {
    checkUnaryDType("round", x, FLOAT);
    return [x];
  },
  cpu: ([x], p, [out]) => [
    x.dtype === "float32"
      ? runUnary(UNARY_LOOPS[p.rounding_method === 0 ? "round_away" : "round_even"].float32!, x, out)
      : mapUnary(
          x,
          out,
          flushing1(
            x.dtype,
            p.rounding_method === 0 ? (v) => Math.sign(v) * Math.round(Math.abs(v)) : roundHalfEven,
          ),
        ),
  ],
});

export const isFiniteP = definePrimitive<NoParams>({
  name: "is_finite",
  abstractEval: ([x]) => {
    checkUnaryDType("is_finite", x, FLOAT);
    return [new ShapedArray(x.shape, "bool", x.weakType)];
  },
  cpu: ([x], _p, [out]) => [
    x.dtype === "float32"
      ? runUnary(UNARY_LOOPS.is_finite.float32!, x, out)
      : mapUnary(x, out, (v) => (Number.isFinite(v) ? 1 : 0)),
  ],
});

// ---- math functions (floating point) ----

/** float32 (and f16/bf16, which XLA computes in float32) use XLA's approximations; others JavaScript's. */
const xlaOr =
  (xla: Kernel1, exact: Kernel1) =>
  (d: DType): Kernel1 =>
    d === "float64" ? exact : xla;

export const expP = unary("exp", FLOAT_OR_COMPLEX, xlaOr(expF32, Math.exp));
export const exp2P = unary(
  "exp2",
  FLOAT_OR_COMPLEX,
  xlaOr(exp2F32, (x) => 2 ** x),
);
export const logP = unary("log", FLOAT_OR_COMPLEX, xlaOr(logF32, Math.log));
export const log1pP = unary("log1p", FLOAT_OR_COMPLEX, floatOnly(Math.log1p));
export const expm1P = unary("expm1", FLOAT_OR_COMPLEX, floatOnly(Math.expm1));
export const tanhP = unary("tanh", FLOAT_OR_COMPLEX, xlaOr(tanhF32, Math.tanh));
export const logisticP = unary(
  "logistic",
  FLOAT_OR_COMPLEX,
  xlaOr(logisticF32, (x) => 1 / (1 + Math.exp(-x))),
);
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
export const rsqrtP = unary(
  "rsqrt",
  FLOAT_OR_COMPLEX,
  floatOnly((x) => 1 / Math.sqrt(x)),
);
export const cbrtP = unary("cbrt", FLOAT, floatOnly(Math.cbrt));
export const erfP = unary("erf", FLOAT, xlaOr(erfF32, erf));
export const erfcP = unary("erfc", FLOAT, xlaOr(erfcF32, erfc));
export const erfInvP = unary("erf_inv", FLOAT, floatOnly(erfInvF32));

/** x ** y for a static integer y, by repeated squaring in the operand's own arithmetic. */
export const integerPowP = definePrimitive<{ y: number }>({
  name: "integer_pow",
  abstractEval: ([x], p) => {
    checkUnaryDType("integer_pow", x, NUM);
    if (p.y < 0 && !isFloating(x.dtype)) {
      throw typeError(
        `Integers cannot be raised to negative powers, got integer_pow(${x.toString()}, ${p.y})`,
      );
    }
    return [x];
  },
  cpu: ([x], p, [out]) => {
    if (x.dtype === "float32" || x.dtype === "int32") {
      const data = allocate(x.dtype, out.size);
      if (x.dtype === "float32") integer_pow_f32(data as Float32Array, x.data as Float32Array, out.size, p.y);
      else integer_pow_i32(data as Int32Array, x.data as Int32Array, out.size, p.y);
      return [new ArrayValue(out, data)];
    }
    // Other dtypes (float32 and int32 above): no denormal flushing.
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

export const andP = binary(
  "and",
  BOOL_OR_INT,
  same((a, b) => a & b),
);
export const orP = binary(
  "or",
  BOOL_OR_INT,
  same((a, b) => a | b),
);
export const xorP = binary(
  "xor",
  BOOL_OR_INT,
  same((a, b) => a ^ b),
);
export const notP = unary("not", BOOL_OR_INT, (d) => (d === "bool" ? (x) => (x ? 0 : 1) : (x) => ~x));

function shift(name: string, f: (bits: number, unsigned: boolean) => Kernel2): Primitive<NoParams> {
  return binary(name, INT, (d) => f(dtypeInfo(d).bits, isUnsigned(d)));
}
export const shiftLeftP = shift(
  "shift_left",
  (bits) => (a, b) => (b < 0 || b >= bits ? 0 : bits === 32 ? a << b : a * 2 ** b),
);
export const shiftRightLogicalP = shift("shift_right_logical", (bits) => (a, b) => {
  if (b < 0 || b >= bits) return 0;
  const mask = 2 ** bits;
  return Math.floor((((a % mask) + mask) % mask) / 2 ** b);
});
/** XLA shifts the bit pattern as signed, also for unsigned types; the typed array wraps the result back. */
export const shiftRightArithmeticP = shift("shift_right_arithmetic", (bits, unsigned) => (a, b) => {
  const s = b < 0 || b >= bits ? bits - 1 : b;
  const signed = unsigned && a >= 2 ** (bits - 1) ? a - 2 ** bits : a;
  return Math.floor(signed / 2 ** s);
});

// ---- selection ----

const SELECT_LOOPS: Partial<Record<DType, (o: never, w: Uint8Array, f: never, t: never, n: number) => void>> =
  {
    float32: select_f32,
    int32: select_i32,
    bool: select_u8,
  };

/** select_n without a per-element call: a scalar predicate, or two cases and a boolean predicate. */
function selectFast(which: ArrayValue, cases: readonly ArrayValue[], out: ShapedArray): ArrayValue | null {
  if (!cases.every((c) => c.aval.size === out.size)) return null;
  // A scalar predicate picks one case whole.
  if (which.aval.ndim === 0) return new ArrayValue(out, cases[which.data[0]].data.slice());
  const loop = SELECT_LOOPS[out.dtype];
  if (cases.length !== 2 || which.dtype !== "bool" || !loop) return null;
  const data = allocate(out.dtype, out.size);
  loop(data as never, which.data as Uint8Array, cases[0].data as never, cases[1].data as never, out.size);
  return new ArrayValue(out, data);
}

export const selectNP = definePrimitive<NoParams>({
  name: "select_n",
  abstractEval: ([which, ...cases]) => {
    // `_select_shape_rule`, then `_select_dtype_rule`.
    if (cases.length === 0) throw typeError("select must have at least one case");
    if (cases.some((c) => !shapesEqual(c.shape, cases[0].shape))) {
      throw typeError(
        `select cases must have the same shapes, got [${cases.map((c) => shapeStr(c.shape)).join(", ")}].`,
      );
    }
    if (which.ndim !== 0 && !shapesEqual(which.shape, cases[0].shape)) {
      throw typeError(
        "select `which` must be scalar or have the same shape as cases, got `which` shape " +
          `${shapeStr(which.shape)} but case shape ${shapeStr(cases[0].shape)}.`,
      );
    }
    checkSameDTypes("select", cases);
    if (which.dtype !== "bool" && !isInteger(which.dtype)) {
      throw typeError(`select \`which\` must be boolean or integer type, got ${which.dtype}.`);
    }
    if (which.dtype === "bool" && cases.length > 2) {
      throw typeError("select with boolean `which` cannot have > 2 cases.");
    }
    return [cases[0].withDType(cases[0].dtype, allWeak(cases))];
  },
  cpu: ([which, ...cases], _p, [out]) => {
    const fast = selectFast(which, cases, out);
    if (fast) return [fast];
    if (cases.length === 2) return [mapTernary(which, cases[0], cases[1], out, (w, f, t) => (w ? t : f))];
    const data = allocate(out.dtype, out.size);
    const w = which.data;
    for (let i = 0; i < data.length; i++) {
      const c = cases[w.length === 1 ? w[0] : w[i]];
      data[i] = c.data[c.data.length === 1 ? 0 : i];
    }
    return [new ArrayValue(out, data)];
  },
});

/** clamp between scalar bounds (jnp.clip's usual form) without a per-element call. */
function clampFast(lo: ArrayValue, x: ArrayValue, hi: ArrayValue, out: ShapedArray): ArrayValue | null {
  if (lo.aval.size !== 1 || hi.aval.size !== 1 || x.aval.size !== out.size) return null;
  if (x.dtype === "float32") {
    const data = new Float32Array(out.size);
    clamp_f32(data, x.data as Float32Array, out.size, flushDenormal(lo.data[0]), flushDenormal(hi.data[0]));
    return new ArrayValue(out, data);
  }
  if (x.dtype === "int32") {
    const data = new Int32Array(out.size);
    clamp_i32(data, x.data as Int32Array, out.size, lo.data[0], hi.data[0]);
    return new ArrayValue(out, data);
  }
  return null;
}

export const clampP = definePrimitive<NoParams>({
  name: "clamp",
  abstractEval: (avals) => {
    const [lo, x, hi] = avals;
    if (lo.ndim !== 0 && !shapesEqual(lo.shape, x.shape)) {
      throw typeError(
        "clamp requires min.shape == operand.shape or min.shape == (), got " +
          `min.shape=${shapeStr(lo.shape)}, operand.shape=${shapeStr(x.shape)}.`,
      );
    }
    if (hi.ndim !== 0 && !shapesEqual(hi.shape, x.shape)) {
      throw typeError(
        "clamp requires max.shape == operand.shape or max.shape == (), got " +
          `max.shape=${shapeStr(hi.shape)}, operand.shape=${shapeStr(x.shape)}.`,
      );
    }
    checkNaryDTypes("clamp", avals, ANY);
    return [x.withDType(x.dtype, allWeak(avals))];
  },
  cpu: ([lo, x, hi], _p, [out]) => {
    const fast = clampFast(lo, x, hi, out);
    if (fast) return [fast];
    const f = x.dtype === "float32" ? flushDenormal : (v: number) => v;
    return [mapTernary(lo, x, hi, out, (l, v, h) => f(Math.min(Math.max(f(v), f(l)), f(h))))];
  },
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
export function convertValue(input: ArrayValue, to: DType, outAval: ShapedArray): ArrayValue {
  let x = input;
  const from = x.dtype;
  complexGuard("convert_element_type", from);
  complexGuard("convert_element_type", to);
  const fast = convertFast(x, to, outAval);
  if (fast) return new ArrayValue(outAval, fast);
  // Denormals flush on the way to narrower types and bool; bfloat16 has float32's range and keeps them.
  if (from === "float32" && to !== "float32" && to !== "bfloat16") {
    const flushed = new Float32Array(x.aval.size);
    flush_f32(flushed, x.data as Float32Array, flushed.length);
    x = new ArrayValue(x.aval, flushed);
  }
  if (to === "bool") return mapUnary(x, outAval, (v) => (v !== 0 ? 1 : 0));
  if (isFloating(to) || !isFloating(from)) return mapUnary(x, outAval, (v) => v);
  const bits = dtypeInfo(to).bits;
  const [lo, hi] = isUnsigned(to) ? [0, 2 ** bits - 1] : [-(2 ** (bits - 1)), 2 ** (bits - 1) - 1];
  return mapUnary(x, outAval, (v) => (Number.isNaN(v) ? 0 : Math.min(Math.max(Math.trunc(v), lo), hi)));
}

const WHOLE_INTEGERS: ReadonlySet<DType> = new Set([
  "bool",
  "int8",
  "int16",
  "int32",
  "uint8",
  "uint16",
  "uint32",
]);

/**
 * The common conversions without a per-element call: the typed arrays' own copy (`set`, `slice`) where
 * it converts as XLA does (integers wrap, integers to float32 round to nearest), loops otherwise.
 */
function convertFast(x: ArrayValue, to: DType, outAval: ShapedArray): TypedArray | null {
  const from = x.dtype;
  const n = outAval.size;
  if (from === to) return x.data.slice();
  if (to === "bool") {
    const o = new Uint8Array(n);
    if (from === "float32") f32_to_bool(o, x.data as Float32Array, n);
    else if (from === "int32") i32_to_bool(o, x.data as Int32Array, n);
    else return null;
    return o;
  }
  if (WHOLE_INTEGERS.has(from) && (WHOLE_INTEGERS.has(to) || to === "float32")) {
    const o = allocate(to, n);
    o.set(x.data);
    return o;
  }
  if (from === "float32" && to === "int32") {
    const o = new Int32Array(n);
    f32_to_i32(o, x.data as Float32Array, n);
    return o;
  }
  return null;
}

export interface BitcastParams extends Params {
  readonly new_dtype: DType;
}

/** Reinterprets the bits of each element; only between dtypes of the same width so far. */
export const bitcastConvertTypeP = definePrimitive<BitcastParams>({
  name: "bitcast_convert_type",
  abstractEval: ([x], p) => {
    if (dtypeInfo(x.dtype).bits !== dtypeInfo(p.new_dtype).bits) {
      throw notSupported("lax.bitcast_convert_type between dtypes of different widths");
    }
    return [new ShapedArray(x.shape, p.new_dtype, false)];
  },
  cpu: ([x], p, [out]) => {
    complexGuard("bitcast_convert_type", x.dtype);
    complexGuard("bitcast_convert_type", p.new_dtype);
    const bytes = encodeElements(x);
    const data = allocate(out.dtype, out.size);
    decodeElements(bytes, out.dtype, data);
    return [new ArrayValue(out, data)];
  },
});

/** The raw little-endian bytes of x's elements in their own dtype (f16/bf16 included). */
function encodeElements(x: ArrayValue): DataView {
  const width = dtypeInfo(x.dtype).bits / 8;
  const view = new DataView(new ArrayBuffer(width * x.data.length));
  x.data.forEach((v: number, i: number) => writeElement(view, i * width, x.dtype, v));
  return view;
}

function decodeElements(view: DataView, dtype: DType, into: { [i: number]: number; length: number }): void {
  const width = dtypeInfo(dtype).bits / 8;
  for (let i = 0; i < into.length; i++) into[i] = readElement(view, i * width, dtype);
}

function writeElement(view: DataView, at: number, dtype: DType, v: number): void {
  switch (dtype) {
    case "float32":
      return view.setFloat32(at, v, true);
    case "float16":
      return view.setUint16(at, float16Bits(v), true);
    case "bfloat16":
      return view.setUint16(at, bfloat16Bits(v), true);
    case "bool":
    case "uint8":
      return view.setUint8(at, v);
    case "int8":
      return view.setInt8(at, v);
    case "int16":
      return view.setInt16(at, v, true);
    case "uint16":
      return view.setUint16(at, v, true);
    case "int32":
      return view.setInt32(at, v, true);
    case "uint32":
      return view.setUint32(at, v, true);
    default:
      throw notSupported(`lax.bitcast_convert_type from ${dtype}`);
  }
}

function readElement(view: DataView, at: number, dtype: DType): number {
  switch (dtype) {
    case "float32":
      return view.getFloat32(at, true);
    case "float16":
      return float16FromBits(view.getUint16(at, true));
    case "bfloat16":
      return bfloat16FromBits(view.getUint16(at, true));
    case "bool":
      return view.getUint8(at) !== 0 ? 1 : 0;
    case "uint8":
      return view.getUint8(at);
    case "int8":
      return view.getInt8(at);
    case "int16":
      return view.getInt16(at, true);
    case "uint16":
      return view.getUint16(at, true);
    case "int32":
      return view.getInt32(at, true);
    case "uint32":
      return view.getUint32(at, true);
    default:
      throw notSupported(`lax.bitcast_convert_type to ${dtype}`);
  }
}

const bitsScratch = new DataView(new ArrayBuffer(4));

function bfloat16Bits(v: number): number {
  bitsScratch.setFloat32(0, v);
  return bitsScratch.getUint16(0);
}

function bfloat16FromBits(b: number): number {
  bitsScratch.setUint16(0, b);
  bitsScratch.setUint16(2, 0);
  return bitsScratch.getFloat32(0);
}

/** The IEEE half-precision bits of a value already rounded to float16. */
function float16Bits(v: number): number {
  const sign = v < 0 || Object.is(v, -0) ? 0x8000 : 0;
  const a = Math.abs(v);
  if (Number.isNaN(v)) return 0x7e00;
  if (a === Infinity) return sign | 0x7c00;
  if (a === 0) return sign;
  if (a < 2 ** -14) return sign | Math.round(a / 2 ** -24);
  let e = Math.floor(Math.log2(a));
  if (2 ** e > a) e--;
  else if (2 ** (e + 1) <= a) e++;
  return sign | ((e + 15) << 10) | Math.round((a / 2 ** e - 1) * 1024);
}

function float16FromBits(b: number): number {
  const sign = b & 0x8000 ? -1 : 1;
  const e = (b >> 10) & 0x1f;
  const m = b & 0x3ff;
  if (e === 0) return sign * m * 2 ** -24;
  if (e === 31) return m ? NaN : sign * Infinity;
  return sign * (1 + m / 1024) * 2 ** (e - 15);
}
