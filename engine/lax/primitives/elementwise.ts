// Elementwise primitives: arithmetic, math functions, comparisons, logic, select and conversion.
import { ShapedArray, shapeStr, shapesEqual } from "../../core/aval.ts";
import { type DType, dtypeInfo, isExtended, isFloating, isInteger, isUnsigned } from "../../core/dtypes.ts";
import { notSupported, typeError } from "../../core/errors.ts";
import {
  type BatchDim,
  type BatchResult,
  definePrimitive,
  type JvpRule,
  type Primitive,
  type TransposeRule,
} from "../../core/primitive.ts";
import { bind1 } from "../../core/trace.ts";
import { allocate, roundToDType, type TypedArray } from "../../core/storage.ts";
import { ArrayValue, type Value } from "../../core/values.ts";
import { type LinearArg, type Tangent, UndefinedPrimal, Zero } from "../../core/tangents.ts";
import {
  bilinearTranspose,
  fullLike,
  linearJvp,
  linearTranspose,
  maybeBroadcast,
  npConst,
  scalarLike,
  standardJvp,
  standardJvp2,
  unbroadcast,
  zeroJvp,
} from "../../transforms/ad/rules.ts";
import { convertElementType } from "../convert.ts";
import type { Params } from "../../ir/jaxpr.ts";
import { mapBinary, mapTernary, mapUnary, runBinary, runUnary } from "../../runtime/cpu/elementwise.ts";
import { batchSize, bdimAtFront, broadcastBatcher, moveaxis, vectorizedBatcher } from "./batch-rules.ts";
import { broadcastInDimP } from "./broadcast.ts";
import { erf, erfc } from "../../runtime/cpu/special.ts";
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
import {
  erfcF32,
  erfInvF32,
  erfF32,
  exp2F32,
  expF32,
  flushDenormal,
  log1pF32,
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
/** The autodiff rules of a primitive made by `unary` or `binary`. */
interface AdRules {
  readonly jvp?: JvpRule<NoParams>;
  readonly transpose?: TransposeRule<NoParams>;
}
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
  ad: AdRules = {},
): Primitive<NoParams> {
  const prim: Primitive<NoParams> = definePrimitive<NoParams>({
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
    borrowsOperands: true,
    batch: (args, dims, p): BatchResult => vectorizedBatcher(prim, args, dims, p),
    ...ad,
  });
  return prim;
}

function binary(
  name: string,
  accepted: readonly DTypeClass[],
  kernel: (d: DType) => Kernel2,
  resultDType?: DType,
  cpu?: (x: ArrayValue, y: ArrayValue, out: ShapedArray) => ArrayValue,
  ad: AdRules = {},
): Primitive<NoParams> {
  const prim: Primitive<NoParams> = definePrimitive<NoParams>({
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
    borrowsOperands: true,
    batch: (args, dims, p): BatchResult => broadcastBatcher(prim, args, dims, p),
    ...ad,
  });
  return prim;
}

const floatOnly = (f: Kernel1) => (): Kernel1 => f;
const same = (f: Kernel2) => (): Kernel2 => f;

// ---- arithmetic ----

export const addP = binary(
  "add",
  NUM,
  same((a, b) => a + b),
  undefined,
  undefined,
  { jvp: addJvp, transpose: addTranspose },
);
export const subP = binary(
  "sub",
  NUM,
  same((a, b) => a - b),
  undefined,
  undefined,
  { jvp: subJvp, transpose: subTranspose },
);
export const mulP = binary(
  "mul",
  NUM,
  (d) => {
    if (d === "int32" || d === "int16" || d === "int8" || d === "uint8" || d === "uint16") return Math.imul;
    if (d === "uint32") return (a, b) => Math.imul(a, b) >>> 0;
    if (d === "bool") return (a, b) => a & b;
    return (a, b) => a * b;
  },
  undefined,
  undefined,
  {
    jvp: standardJvp(
      () => mulP,
      (g, [, y]) => b1(mulP, g, y),
      (g, [x]) => b1(mulP, x, g),
    ),
    transpose: bilinearTranspose(
      (ct, x, y) => unbroadcast(x.aval, b1(mulP, ct, y as Value)),
      (ct, x, y) => unbroadcast(y.aval, b1(mulP, x as Value, ct)),
    ),
  },
);

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

export const divP = binary("div", NUM, (d) => (isFloating(d) ? floatDiv : intDiv(d)), undefined, divCpu, {
  jvp: standardJvp(
    () => divP,
    (g, [, y]) => b1(divP, g, y),
    (g, [x, y]) => b1(mulP, b1(mulP, b1(negP, g), x), bind1(integerPowP, [y], { y: -2 })),
  ),
  transpose: ([ct], [x, y]) => {
    if (!(x instanceof UndefinedPrimal) || y instanceof UndefinedPrimal) {
      throw notSupported("transposing div with respect to its divisor (it is not linear there)");
    }
    return [ct instanceof Zero ? new Zero(x.aval) : unbroadcast(x.aval, b1(divP, ct, y)), null];
  },
});
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
  {
    jvp: standardJvp(
      () => remP,
      (g, [x, y]) => maybeBroadcast(broadcastShape(x, y), g),
      (g, [x, y]) =>
        b1(mulP, b1(negP, g), b1(mulP, b1(signP, b1(divP, x, y)), b1(floorP, b1(absP, b1(divP, x, y))))),
    ),
  },
);
/** `pow` takes an integer exponent as well; its dtype rule is its own (`_pow_dtype_rule`). */
export const powP: Primitive<NoParams> = definePrimitive<NoParams>({
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
  batch: (args, dims, p): BatchResult => broadcastBatcher(powP, args, dims, p),
  jvp: standardJvp2(() => powP, powJvpLhs, powJvpRhs),
});
export const maxP = binary(
  "max",
  ANY,
  same((a, b) => (Number.isNaN(a) || Number.isNaN(b) ? NaN : Math.max(a, b))),
  undefined,
  undefined,
  {
    jvp: standardJvp2(
      () => maxP,
      (g, ans, [x, y]) => b1(mulP, g, balancedEq(x, ans, y)),
      (g, ans, [x, y]) => b1(mulP, g, balancedEq(y, ans, x)),
    ),
  },
);
export const minP = binary(
  "min",
  ANY,
  same((a, b) => (Number.isNaN(a) || Number.isNaN(b) ? NaN : Math.min(a, b))),
  undefined,
  undefined,
  {
    jvp: standardJvp2(
      () => minP,
      (g, ans, [x, y]) => b1(mulP, g, balancedEq(x, ans, y)),
      (g, ans, [x, y]) => b1(mulP, g, balancedEq(y, ans, x)),
    ),
  },
);
export const atan2P = binary("atan2", FLOAT_OR_COMPLEX, same(Math.atan2), undefined, undefined, {
  jvp: standardJvp(
    () => atan2P,
    (g, [x, y]) => b1(mulP, g, b1(divP, y, b1(addP, b1(squareP, x), b1(squareP, y)))),
    (g, [x, y]) => b1(mulP, g, b1(divP, b1(negP, x), b1(addP, b1(squareP, x), b1(squareP, y)))),
  ),
});
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

export const negP = unary("neg", NUM, () => (x) => -x, {
  jvp: linearJvp(() => negP),
  transpose: linearTranspose((t) => [b1(negP, t)]),
});
export const signP = unary(
  "sign",
  NUM,
  (d) => (isFloating(d) ? (x) => (Number.isNaN(x) ? NaN : Math.sign(x)) : Math.sign),
  { jvp: zeroJvp(() => signP) },
);
export const floorP = unary("floor", FLOAT, floatOnly(Math.floor), { jvp: zeroJvp(() => floorP) });
export const ceilP = unary("ceil", FLOAT, floatOnly(Math.ceil), { jvp: zeroJvp(() => ceilP) });
export const absP = unary("abs", FLOAT_COMPLEX_SIGNED, () => Math.abs, {
  jvp: standardJvp2(
    () => absP,
    (g, _ans, [x]) => bind1(selectNP, [b1(geP, x, scalarLike(x, 0)), b1(negP, g), g], {}),
  ),
});
export const squareP = unary("square", NUM, (d) => (isFloating(d) ? (x) => x * x : (x) => Math.imul(x, x)), {
  jvp: standardJvp2(
    () => squareP,
    (g, _ans, [x]) => b1(mulP, g, b1(mulP, npConst(x, 2), x)),
  ),
});

/** rounding_method 0 rounds half away from zero, 1 rounds half to even. */
export const roundP: Primitive<{ rounding_method: number }> = definePrimitive<{ rounding_method: number }>({
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
  batch: (args, dims, p): BatchResult => vectorizedBatcher(roundP, args, dims, p),
  jvp: zeroJvp(() => roundP),
});

export const isFiniteP: Primitive<NoParams> = definePrimitive<NoParams>({
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
  batch: (args, dims, p): BatchResult => vectorizedBatcher(isFiniteP, args, dims, p),
  jvp: zeroJvp(() => isFiniteP),
});

// ---- math functions (floating point) ----

/** float32 (and f16/bf16, which XLA computes in float32) use XLA's approximations; others JavaScript's. */
const xlaOr =
  (xla: Kernel1, exact: Kernel1) =>
  (d: DType): Kernel1 =>
    d === "float64" ? exact : xla;

export const expP = unary("exp", FLOAT_OR_COMPLEX, xlaOr(expF32, Math.exp), {
  jvp: standardJvp2(
    () => expP,
    (g, ans) => b1(mulP, g, ans),
  ),
});
export const exp2P = unary(
  "exp2",
  FLOAT_OR_COMPLEX,
  xlaOr(exp2F32, (x) => 2 ** x),
  {
    jvp: standardJvp2(
      () => exp2P,
      (g, ans, [x]) => b1(mulP, b1(logP, npConst(x, 2)), b1(mulP, g, ans)),
    ),
  },
);
export const logP = unary("log", FLOAT_OR_COMPLEX, xlaOr(logF32, Math.log), {
  jvp: standardJvp(
    () => logP,
    (g, [x]) => b1(divP, g, x),
  ),
});
export const log1pP = unary("log1p", FLOAT_OR_COMPLEX, xlaOr(log1pF32, Math.log1p), {
  jvp: standardJvp(
    () => log1pP,
    (g, [x]) => b1(divP, g, b1(addP, x, scalarLike(x, 1))),
  ),
});
export const expm1P = unary("expm1", FLOAT_OR_COMPLEX, floatOnly(Math.expm1), {
  jvp: standardJvp2(
    () => expm1P,
    (g, ans) => b1(mulP, g, b1(addP, ans, scalarLike(ans, 1))),
  ),
});
export const tanhP = unary("tanh", FLOAT_OR_COMPLEX, xlaOr(tanhF32, Math.tanh), {
  jvp: standardJvp2(
    () => tanhP,
    (g, ans, [x]) => b1(mulP, b1(addP, g, b1(mulP, g, ans)), b1(subP, scalarLike(x, 1), ans)),
  ),
});
export const logisticP = unary(
  "logistic",
  FLOAT_OR_COMPLEX,
  xlaOr(logisticF32, (x) => 1 / (1 + Math.exp(-x))),
  {
    jvp: standardJvp2(
      () => logisticP,
      (g, ans) => b1(mulP, g, b1(mulP, ans, b1(subP, scalarLike(ans, 1), ans))),
    ),
  },
);
export const sinP = unary("sin", FLOAT_OR_COMPLEX, floatOnly(Math.sin), {
  jvp: standardJvp(
    () => sinP,
    (g, [x]) => b1(mulP, g, b1(cosP, x)),
  ),
});
export const cosP = unary("cos", FLOAT_OR_COMPLEX, floatOnly(Math.cos), {
  jvp: standardJvp(
    () => cosP,
    (g, [x]) => b1(negP, b1(mulP, g, b1(sinP, x))),
  ),
});
export const tanP = unary("tan", FLOAT_OR_COMPLEX, floatOnly(Math.tan), {
  jvp: standardJvp2(
    () => tanP,
    (g, ans, [x]) => b1(mulP, g, b1(addP, npConst(x, 1), b1(squareP, ans))),
  ),
});
export const asinP = unary("asin", FLOAT_OR_COMPLEX, floatOnly(Math.asin), {
  jvp: standardJvp(
    () => asinP,
    (g, [x]) => b1(mulP, g, b1(rsqrtP, b1(subP, npConst(x, 1), b1(squareP, x)))),
  ),
});
export const acosP = unary("acos", FLOAT_OR_COMPLEX, floatOnly(Math.acos), {
  jvp: standardJvp(
    () => acosP,
    (g, [x]) => b1(mulP, g, b1(negP, b1(rsqrtP, b1(subP, npConst(x, 1), b1(squareP, x))))),
  ),
});
export const atanP = unary("atan", FLOAT_OR_COMPLEX, floatOnly(Math.atan), {
  jvp: standardJvp(
    () => atanP,
    (g, [x]) => b1(divP, g, b1(addP, npConst(x, 1), b1(squareP, x))),
  ),
});
export const sinhP = unary("sinh", FLOAT_OR_COMPLEX, floatOnly(Math.sinh), {
  jvp: standardJvp(
    () => sinhP,
    (g, [x]) => b1(mulP, g, b1(coshP, x)),
  ),
});
export const coshP = unary("cosh", FLOAT_OR_COMPLEX, floatOnly(Math.cosh), {
  jvp: standardJvp(
    () => coshP,
    (g, [x]) => b1(mulP, g, b1(sinhP, x)),
  ),
});
export const asinhP = unary("asinh", FLOAT_OR_COMPLEX, floatOnly(Math.asinh), {
  jvp: standardJvp(
    () => asinhP,
    (g, [x]) => b1(mulP, g, b1(rsqrtP, b1(addP, b1(squareP, x), scalarLike(x, 1)))),
  ),
});
export const acoshP = unary("acosh", FLOAT_OR_COMPLEX, floatOnly(Math.acosh), {
  jvp: standardJvp(
    () => acoshP,
    (g, [x]) => b1(mulP, g, b1(rsqrtP, b1(subP, b1(squareP, x), scalarLike(x, 1)))),
  ),
});
export const atanhP = unary("atanh", FLOAT_OR_COMPLEX, floatOnly(Math.atanh), {
  jvp: standardJvp(
    () => atanhP,
    (g, [x]) =>
      b1(mulP, reciprocal(b1(addP, scalarLike(x, 1), x)), b1(divP, g, b1(subP, scalarLike(x, 1), x))),
  ),
});
export const sqrtP = unary("sqrt", FLOAT_OR_COMPLEX, floatOnly(Math.sqrt), {
  jvp: standardJvp2(
    () => sqrtP,
    (g, ans, [x]) => b1(mulP, g, b1(divP, npConst(x, 0.5), ans)),
  ),
});
export const rsqrtP = unary(
  "rsqrt",
  FLOAT_OR_COMPLEX,
  floatOnly((x) => 1 / Math.sqrt(x)),
  {
    jvp: standardJvp2(
      () => rsqrtP,
      (g, ans, [x]) => b1(mulP, g, b1(mulP, npConst(x, -0.5), b1(divP, ans, x))),
    ),
  },
);
export const cbrtP = unary("cbrt", FLOAT, floatOnly(Math.cbrt), {
  jvp: standardJvp2(
    () => cbrtP,
    (g, ans, [x]) => b1(mulP, g, b1(mulP, npConst(x, 1 / 3), bind1(integerPowP, [ans], { y: -2 }))),
  ),
});
export const erfP = unary("erf", FLOAT, xlaOr(erfF32, erf), {
  jvp: standardJvp(
    () => erfP,
    (g, [x]) => b1(mulP, npConst(x, 2 / Math.sqrt(Math.PI)), b1(mulP, g, b1(expP, b1(negP, b1(squareP, x))))),
  ),
});
export const erfcP = unary("erfc", FLOAT, xlaOr(erfcF32, erfc), {
  jvp: standardJvp(
    () => erfcP,
    (g, [x]) =>
      b1(mulP, npConst(x, -2 / Math.sqrt(Math.PI)), b1(mulP, g, b1(expP, b1(negP, b1(squareP, x))))),
  ),
});
export const erfInvP = unary("erf_inv", FLOAT, floatOnly(erfInvF32), {
  jvp: standardJvp2(
    () => erfInvP,
    (g, ans, [x]) => b1(mulP, npConst(x, Math.sqrt(Math.PI) / 2), b1(mulP, g, b1(expP, b1(squareP, ans)))),
  ),
});

/** x ** y for a static integer y, by repeated squaring in the operand's own arithmetic. */
export const integerPowP: Primitive<{ y: number }> = definePrimitive<{ y: number }>({
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
  batch: (args, dims, p): BatchResult => vectorizedBatcher(integerPowP, args, dims, p),
  // `_integer_pow_jvp`
  jvp: standardJvp(
    () => integerPowP,
    (g, [x], { y }) => {
      if (y === 0) return fullLike(g, 0);
      if (y === 1) return g;
      if (y === 2) return b1(mulP, g, b1(mulP, npConst(x, y), x));
      return b1(mulP, g, b1(mulP, npConst(x, y), bind1(integerPowP, [x], { y: y - 1 })));
    },
  ),
});

// ---- comparisons ----

const cmp = (name: string, accepted: readonly DTypeClass[], f: (a: number, b: number) => boolean) => {
  const p: Primitive<NoParams> = binary(
    name,
    accepted,
    () => (a, b) => (f(a, b) ? 1 : 0),
    "bool",
    undefined,
    {
      jvp: zeroJvp(() => p),
    },
  );
  return p;
};

/** eq and ne also compare PRNG keys (JAX's extended dtype rules): keys are equal when both words are. */
function equality(name: string, equal: boolean): Primitive<NoParams> {
  const kernel = (a: number, b: number) => ((a === b) === equal ? 1 : 0);
  return binary(
    name,
    [...ANY, "prng_key"],
    () => kernel,
    "bool",
    (x, y, out) =>
      isExtended(x.dtype) ? compareKeys(x, y, out, equal) : mapBinary(x, y, out, flushing2(x.dtype, kernel)),
  );
}

function compareKeys(x: ArrayValue, y: ArrayValue, out: ShapedArray, equal: boolean): ArrayValue {
  const word = (k: ArrayValue, w: number) =>
    new ArrayValue(
      k.aval.withDType("uint32"),
      Uint32Array.from({ length: k.aval.size }, (_, i) => k.data[2 * i + w]),
    );
  const same = (w: number) => mapBinary(word(x, w), word(y, w), out, (a, b) => (a === b ? 1 : 0)).data;
  const [first, second] = [same(0), same(1)];
  return new ArrayValue(
    out,
    Uint8Array.from(first, (s, i) => (((s && second[i]) === 1) === equal ? 1 : 0)),
  );
}

export const eqP = equality("eq", true);
export const neP = equality("ne", false);
export const ltP = cmp("lt", ORDERED, (a, b) => a < b);
export const leP = cmp("le", ORDERED, (a, b) => a <= b);
export const gtP = cmp("gt", ORDERED, (a, b) => a > b);
export const geP = cmp("ge", ORDERED, (a, b) => a >= b);

/** XLA's total order (`lt_to`, `le_to`: the sort comparators'): -0 before +0, NaN after every number. */
function totalLess(a: number, b: number): boolean {
  if (Number.isNaN(a)) return false;
  if (Number.isNaN(b)) return true;
  return a < b || (a === 0 && b === 0 && Object.is(a, -0) && Object.is(b, 0));
}
export const ltToP = cmp("lt_to", ORDERED, totalLess);
export const leToP = cmp("le_to", ORDERED, (a, b) => !totalLess(b, a));

// ---- logic and bits ----

export const andP = binary(
  "and",
  BOOL_OR_INT,
  same((a, b) => a & b),
  undefined,
  undefined,
  { jvp: zeroJvp(() => andP) },
);
export const orP = binary(
  "or",
  BOOL_OR_INT,
  same((a, b) => a | b),
  undefined,
  undefined,
  { jvp: zeroJvp(() => orP) },
);
export const xorP = binary(
  "xor",
  BOOL_OR_INT,
  same((a, b) => a ^ b),
  undefined,
  undefined,
  { jvp: zeroJvp(() => xorP) },
);
export const notP = unary("not", BOOL_OR_INT, (d) => (d === "bool" ? (x) => (x ? 0 : 1) : (x) => ~x), {
  jvp: zeroJvp(() => notP),
});

function shift(name: string, f: (bits: number, unsigned: boolean) => Kernel2): Primitive<NoParams> {
  const p: Primitive<NoParams> = binary(
    name,
    INT,
    (d) => f(dtypeInfo(d).bits, isUnsigned(d)),
    undefined,
    undefined,
    {
      jvp: zeroJvp(() => p),
    },
  );
  return p;
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

export const selectNP: Primitive<NoParams> = definePrimitive<NoParams>({
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
    if (isExtended(out.dtype)) return [selectKeys(which, cases, out)];
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
  batch: (args, dims) => selectBatch(args, dims),
  // `_select_jvp`, `_select_transpose_rule`
  jvp: (primals, tangents) => {
    const [which, ...cases] = primals;
    const out = bind1(selectNP, primals, {});
    const caseTangents = tangents.slice(1);
    const nonzero = caseTangents.find((t): t is Value => !(t instanceof Zero));
    if (!nonzero) return [[out], [new Zero(out.aval)]];
    const z = fullLike(nonzero, 0);
    void cases;
    return [[out], [bind1(selectNP, [which, ...caseTangents.map((t) => (t instanceof Zero ? z : t))], {})]];
  },
  transpose: ([ct], [which, ...cases]) => {
    if (ct instanceof Zero)
      return [null, ...cases.map((c) => (c instanceof UndefinedPrimal ? new Zero(c.aval) : null))];
    const w = which as Value;
    const zeros = fullLike(ct, 0);
    if (w.aval.dtype === "bool") {
      return [
        null,
        cases[0] instanceof UndefinedPrimal ? bind1(selectNP, [w, ct, zeros], {}) : null,
        cases[1] instanceof UndefinedPrimal ? bind1(selectNP, [w, zeros, ct], {}) : null,
      ];
    }
    return [
      null,
      ...cases.map((c, i) =>
        c instanceof UndefinedPrimal ? bind1(selectNP, [b1(eqP, w, npConst(w, i)), zeros, ct], {}) : null,
      ),
    ];
  },
});

/** `lax.broadcast_in_dim` on the current trace. */
function broadcastTo(x: Value, shape: readonly number[], dims: readonly number[]): Value {
  return bind1(broadcastInDimP, [x], { shape: [...shape], broadcast_dimensions: dims, sharding: null });
}

const sameShape = (a: Value, b: Value): boolean => shapesEqual(a.aval.shape, b.aval.shape);

/** `_select_batch_rule`: avoids moving axes when `which` and the cases agree. */
function selectBatch(args: readonly Value[], dims: readonly BatchDim[]): BatchResult {
  let [which, ...cases] = args;
  const [whichBdim, ...caseBdims] = dims;
  const size = batchSize(args, dims);
  const select = (w: Value, cs: readonly Value[]): Value => bind1(selectNP, [w, ...cs], {});
  if (caseBdims.every((b) => b === whichBdim)) {
    if (sameShape(which, cases[0])) return [[select(which, cases)], [whichBdim]];
    which = broadcastTo(which, cases[0].aval.shape, [whichBdim as number]);
    return [[select(which, cases)], [whichBdim]];
  }
  if (which.aval.ndim === 0 && caseBdims.every((b) => b !== null)) {
    if (caseBdims.every((b) => b === caseBdims[0])) return [[select(which, cases)], [caseBdims[0]]];
    if (cases.every((c) => sameShape(c, cases[0]))) {
      const bdim = caseBdims[0] as number;
      const others = cases.slice(1).map((c, i) => moveaxis(c, caseBdims[i + 1] as number, bdim));
      return [[select(which, [cases[0], ...others])], [bdim]];
    }
  }
  if (which.aval.ndim) which = bdimAtFront(which, whichBdim, size);
  if (!cases.every((c) => c.aval.ndim === 0)) cases = cases.map((c, i) => bdimAtFront(c, caseBdims[i], size));
  if (which.aval.ndim > 0 && which.aval.ndim < cases[0].aval.ndim) {
    which = broadcastTo(which, cases[0].aval.shape, [0]);
  }
  if (which.aval.ndim > cases[0].aval.ndim) {
    cases = cases.map((c) => broadcastTo(c, which.aval.shape, []));
  }
  return [[select(which, cases)], [0]];
}

/** select_n over PRNG keys (cases of one shape, two words per key). */
function selectKeys(which: ArrayValue, cases: readonly ArrayValue[], out: ShapedArray): ArrayValue {
  const data = allocate(out.dtype, out.size);
  for (let i = 0; i < out.size; i++) {
    const c = cases[Number(which.data[which.aval.size === 1 ? 0 : i])];
    data[2 * i] = c.data[2 * i];
    data[2 * i + 1] = c.data[2 * i + 1];
  }
  return new ArrayValue(out, data);
}

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

export const clampP: Primitive<NoParams> = definePrimitive<NoParams>({
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
  batch: (args, dims) => clampBatch(args, dims),
  jvp: standardJvp(
    () => clampP,
    (g, [lo, x, hi]) => bind1(selectNP, [b1(andP, b1(gtP, lo, x), b1(ltP, lo, hi)), fullLike(x, 0), g], {}),
    (g, [lo, x, hi]) => bind1(selectNP, [b1(andP, b1(gtP, x, lo), b1(ltP, x, hi)), fullLike(x, 0), g], {}),
    (g, [, x, hi]) => bind1(selectNP, [b1(ltP, hi, x), fullLike(x, 0), g], {}),
  ),
});

/** `_clamp_batch_rule`. */
function clampBatch(args: readonly Value[], dims: readonly BatchDim[]): BatchResult {
  let [lo, x, hi] = args;
  const [loBdim, xBdim, hiBdim] = dims;
  const size = batchSize(args, dims);
  const clamp = (): Value => bind1(clampP, [lo, x, hi], {});
  if (loBdim === xBdim && xBdim === hiBdim) {
    if (sameShape(lo, x) && sameShape(x, hi)) return [[clamp()], [xBdim]];
    if (lo.aval.ndim === 0 && hi.aval.ndim === 0) return [[clamp()], [xBdim]];
    if (lo.aval.ndim === 1 && hi.aval.ndim === 1) {
      lo = broadcastTo(lo, x.aval.shape, [loBdim as number]);
      hi = broadcastTo(hi, x.aval.shape, [hiBdim as number]);
      return [[clamp()], [xBdim]];
    }
  } else if (lo.aval.ndim === 0 && hi.aval.ndim === 0 && xBdim !== null) {
    return [[clamp()], [xBdim]];
  }
  if (lo.aval.ndim) lo = bdimAtFront(lo, loBdim, size);
  if (hi.aval.ndim) hi = bdimAtFront(hi, hiBdim, size);
  if (x.aval.ndim) x = bdimAtFront(x, xBdim, size);
  if (lo.aval.ndim === 0 && x.aval.ndim > 0) lo = broadcastTo(lo, x.aval.shape, []);
  if (hi.aval.ndim === 0 && x.aval.ndim > 0) hi = broadcastTo(hi, x.aval.shape, []);
  if (lo.aval.ndim > 0 && lo.aval.ndim < x.aval.ndim) lo = broadcastTo(lo, x.aval.shape, [0]);
  if (hi.aval.ndim > 0 && hi.aval.ndim < x.aval.ndim) hi = broadcastTo(hi, x.aval.shape, [0]);
  if (lo.aval.ndim > x.aval.ndim) x = broadcastTo(x, lo.aval.shape, []);
  return [[clamp()], [0]];
}

// ---- conversion ----

export interface ConvertParams extends Params {
  readonly new_dtype: DType;
  readonly weak_type: boolean;
}

export const convertElementTypeP: Primitive<ConvertParams> = definePrimitive<ConvertParams>({
  name: "convert_element_type",
  abstractEval: ([x], p) => [new ShapedArray(x.shape, p.new_dtype, p.weak_type)],
  cpu: ([x], p, [out]) => [convertValue(x, p.new_dtype, out)],
  batch: (args, dims, p): BatchResult => vectorizedBatcher(convertElementTypeP, args, dims, p),
  // `_convert_element_type_jvp_rule`, `_convert_element_type_transpose_rule`
  jvp: standardJvp2(
    () => convertElementTypeP,
    (g, ans, _x, p) =>
      isFloating(p.new_dtype) ? convertElementType(g, p.new_dtype, p.weak_type) : zerosAsValue(ans),
  ),
  transpose: ([ct], [x]) => {
    if (ct instanceof Zero || !isFloating(x.aval.dtype)) return [new Zero(x.aval)];
    return [convertElementType(ct, x.aval.dtype, x.aval.weakType)];
  },
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
export const bitcastConvertTypeP: Primitive<BitcastParams> = definePrimitive<BitcastParams>({
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
  batch: (args, dims, p): BatchResult => vectorizedBatcher(bitcastConvertTypeP, args, dims, p),
  jvp: zeroJvp(() => bitcastConvertTypeP),
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

// ---- autodiff helpers (jax/_src/lax/lax.py) ----

function b1(p: Primitive<NoParams>, ...xs: Value[]): Value {
  return bind1(p, xs, {});
}

/** `lax.reciprocal`: `integer_pow(x, -1)`. */
function reciprocal(x: Value): Value {
  return bind1(integerPowP, [x], { y: -1 });
}

function broadcastShape(x: Value, y: Value): number[] {
  return x.aval.ndim >= y.aval.ndim ? [...x.aval.shape] : [...y.aval.shape];
}

/** A zero tangent from a rule that `defjvp2` adds: it stays symbolic. */
function zerosAsValue(ans: Value): Value {
  return new Zero(ans.aval) as unknown as Value;
}

/** `_add_jvp` */
function addJvp(primals: readonly Value[], tangents: readonly Tangent[]): [Value[], Tangent[]] {
  const [x, y] = primals;
  const [xd, yd] = tangents;
  const out = b1(addP, x, y);
  if (xd instanceof Zero && yd instanceof Zero) return [[out], [new Zero(out.aval)]];
  if (xd instanceof Zero) return [[out], [maybeBroadcast(out.aval.shape, yd as Value)]];
  if (yd instanceof Zero) return [[out], [maybeBroadcast(out.aval.shape, xd)]];
  return [[out], [b1(addP, xd, yd)]];
}

/** `_add_transpose` */
function addTranspose(cts: readonly Tangent[], args: readonly LinearArg[]): (Tangent | null)[] {
  const [t] = cts;
  const avals = args.map((a) => a.aval);
  if (t instanceof Zero) return avals.map((a) => new Zero(a));
  return avals.map((a) => unbroadcast(a, t));
}

/** `_sub_jvp` */
function subJvp(primals: readonly Value[], tangents: readonly Tangent[]): [Value[], Tangent[]] {
  const [x, y] = primals;
  const [xd, yd] = tangents;
  const out = b1(subP, x, y);
  if (xd instanceof Zero && yd instanceof Zero) return [[out], [new Zero(out.aval)]];
  if (xd instanceof Zero) return [[out], [maybeBroadcast(out.aval.shape, b1(negP, yd as Value))]];
  if (yd instanceof Zero) return [[out], [maybeBroadcast(out.aval.shape, xd)]];
  return [[out], [b1(subP, xd, yd)]];
}

/** `_sub_transpose` */
function subTranspose(cts: readonly Tangent[], args: readonly LinearArg[]): (Tangent | null)[] {
  const [t] = cts;
  const [xa, ya] = args.map((a) => a.aval);
  if (t instanceof Zero) return [new Zero(xa), new Zero(ya)];
  return [unbroadcast(xa, t), unbroadcast(ya, b1(negP, t))];
}

/** `_balanced_eq(x, z, y)`: 1 where x attains z, halved where y does too. */
function balancedEq(x: Value, z: Value, y: Value): Value {
  // `div(select(eq(x, z), _ones(z), _zeros(z)), select(eq(y, z), _twos(z), _ones(z)))`, evaluated in that order.
  const eqX = eqMeet(x, z);
  const ones = fullLike(z, 1);
  const num = bind1(selectNP, [eqX, fullLike(z, 0), ones], {});
  const eqY = eqMeet(y, z);
  const twos = fullLike(z, 2);
  const den = bind1(selectNP, [eqY, fullLike(z, 1), twos], {});
  return b1(divP, num, den);
}

function eqMeet(a: Value, b: Value): Value {
  if (a.aval.dtype !== b.aval.dtype) throw notSupported("the derivative of max or min of mixed dtypes");
  return b1(eqP, a, b);
}

/** `_replace_zero(x)`: ones where x is zero. */
function replaceZero(x: Value): Value {
  return bind1(selectNP, [b1(eqP, x, npConst(x, 0)), x, fullLike(x, 1)], {});
}

/** `_pow_jvp_lhs` (float exponents). */
function powJvpLhs(g: Value, _ans: Value, [x0, y0]: readonly Value[]): Value {
  if (!isFloating(y0.aval.dtype)) throw notSupported("the derivative of pow with an integer array exponent");
  const x = convertElementType(x0, x0.aval.dtype);
  const y = convertElementType(y0, x0.aval.dtype);
  const jac = b1(mulP, y, b1(powP, x, b1(subP, y, fullLike(y, 1))));
  return b1(mulP, g, jac);
}

/** `_pow_jvp_rhs` */
function powJvpRhs(g: Value, ans: Value, [x, y]: readonly Value[]): Value {
  return convertElementType(
    b1(mulP, g, b1(mulP, b1(logP, replaceZero(x)), ans)),
    y.aval.dtype,
    y.aval.weakType,
  );
}
