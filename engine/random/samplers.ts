// The samplers of jax.random (jax/_src/random/core.py), composed from the same primitives, jnp functions and
// jitted helpers as JAX's, so that their jaxprs print as JAX's do.
import { type Shape, shapeSize, shapeStr, shapesEqual } from "../core/aval.ts";
import { topK } from "../lax/primitives/top-k.ts";
import { moveaxis } from "../numpy/shapes.ts";
import {
  type DType,
  dtypeInfo,
  isComplex,
  isFloating,
  isInteger,
  isUnsigned,
  resultType,
} from "../core/dtypes.ts";
import { notSupported, typeError, valueError } from "../core/errors.ts";
import { bind1 } from "../core/trace.ts";
import type { Value } from "../core/values.ts";
import * as lax from "../lax/lax.ts";
import { bitcastConvertTypeP } from "../lax/primitives/elementwise.ts";
import { canonicalizeAxis, expandDims, reshape } from "../lax/primitives/shape.ts";
import { stopGradient } from "../lax/primitives/custom-derivatives.ts";
import { broadcastShapes, broadcastToRank } from "../lax/shapes.ts";
import { type Plain, canonicalizeShape, checkArraylike, userDType } from "../numpy/array-args.ts";
import { asarray, astype } from "../numpy/creation.ts";
import { argExtremum } from "../numpy/reductions.ts";
import { clip } from "../numpy/elementwise.ts";
import {
  add,
  bitwiseAnd,
  greater,
  greaterEqual,
  less,
  lessEqual,
  maximum,
  minimum,
  multiply,
  subtract,
  trueDivide,
  unaryInexact,
} from "../numpy/ufuncs.ts";
import { fullLike, laxConst, scalarConst, where3 } from "../numpy/where.ts";
import { jitted } from "../transforms/jit.ts";
import { checkPrngKey, randomBits, splitPair } from "./key-functions.ts";
import { indexInDim } from "../lax/slicing.ts";

type BitWidth = 8 | 16 | 32;

/** `dtypes.finfo(dtype)`: the bits, mantissa bits and smallest normal number of the float types. */
const FINFO: Partial<Record<DType, FloatInfo>> = {
  float32: { bits: 32, nmant: 23, tiny: 1.1754943508222875e-38, eps: 2 ** -23, epsneg: 2 ** -24 },
  float16: { bits: 16, nmant: 10, tiny: 6.103515625e-5, eps: 2 ** -10, epsneg: 2 ** -11 },
  bfloat16: { bits: 16, nmant: 7, tiny: 1.1754943508222875e-38, eps: 2 ** -7, epsneg: 2 ** -8 },
};

interface FloatInfo {
  readonly bits: BitWidth;
  readonly nmant: number;
  readonly tiny: number;
  readonly eps: number;
  readonly epsneg: number;
}

/** The bits of 1.0 in each float type, as `np.array(1.0, dtype).view(uint)`. */
const ONE_BITS: Partial<Record<DType, number>> = { float32: 0x3f800000, float16: 0x3c00, bfloat16: 0x3f80 };

function finfo(dtype: DType): FloatInfo {
  const info = FINFO[dtype];
  if (!info) throw typeError(`uniform only accepts 8-, 16-, 32-, or 64-bit dtypesgot ${dtype}.`);
  return info;
}

/** `dtypes.iinfo(dtype)`: [min, max]. */
function iinfo(dtype: DType): [number, number] {
  const bits = dtypeInfo(dtype).bits;
  return isUnsigned(dtype) ? [0, 2 ** bits - 1] : [-(2 ** (bits - 1)), 2 ** (bits - 1) - 1];
}

const uintOf = (bits: number): DType => `uint${bits as BitWidth}`;

/** `_check_shape`: parameter shapes must broadcast to exactly `shape`. */
function checkShape(name: string, shape: Shape, ...paramShapes: Shape[]): void {
  if (paramShapes.length === 0) return;
  const result = broadcastShapes(name, [shape, ...paramShapes]);
  if (!shapesEqual(result, shape)) {
    throw valueError(
      `${name} parameter shapes must be broadcast-compatible with shape argument, and the result of ` +
        `broadcasting the shapes must equal the shape argument, but got result ${shapeStr(result)} for shape ` +
        `argument ${shapeStr(shape)}.`,
    );
  }
}

function floatDType(name: string, dtypeName: string | null): DType {
  const dtype = userDType(dtypeName ?? "float");
  if (!isFloating(dtype))
    throw valueError(`dtype argument to \`${name}\` must be a float dtype, got ${dtype}`);
  return dtype;
}

// ---- bits ----

export function bits(key: Plain, shapeIn: Plain, dtypeName: string | null): Value {
  const checked = checkPrngKey("bits", key);
  const dtype = userDType(dtypeName ?? "uint32");
  if (!isUnsigned(dtype)) {
    throw valueError(`dtype argument to \`bits\` must be an unsigned int dtype, got ${dtype}`);
  }
  return randomBits(checked.key, dtypeInfo(dtype).bits as BitWidth, canonicalizeShape(shapeIn));
}

// ---- uniform ----

/** The body of `_uniform`. */
function uniformBody(key: Value, minIn: Value, maxIn: Value, shape: unknown, dtype: unknown): Value[] {
  const s = shape as number[];
  const d = dtype as DType;
  const minConverted = lax.convertElementType(minIn, d);
  const maxConverted = lax.convertElementType(maxIn, d);
  const minval = broadcastToRank(minConverted, s.length);
  const maxval = broadcastToRank(maxConverted, s.length);
  const { bits: nbits, nmant } = finfo(d);
  const rngBits: BitWidth = nmant < 8 ? 8 : nbits;
  const uint = uintOf(nbits);
  let rbits = randomBits(key, rngBits, s);
  if (rngBits !== nbits) rbits = lax.convertElementType(rbits, uint);
  let floatBits = lax.shiftRightLogical(rbits, scalarConst(uint, rngBits - nmant));
  floatBits = lax.bitwiseOr(floatBits, scalarConst(uint, ONE_BITS[d] as number));
  const floats = subtract(bind1(bitcastConvertTypeP, [floatBits], { new_dtype: d }), scalarConst(d, 1));
  const scaled = reshape(lax.add(multiply(floats, subtract(maxval, minval)), minval), s);
  return [lax.max(minval, scaled)];
}

const uniformJit = jitted("_uniform", ([key, minval, maxval], [shape, dtype]) =>
  uniformBody(key, minval, maxval, shape, dtype),
);

/** `_uniform(key, minval=..., maxval=..., shape=..., dtype=...)`: jit flattens keywords sorted by name. */
const uniformKeywordsJit = jitted("_uniform", ([key, maxval, minval], [shape, dtype]) =>
  uniformBody(key, minval, maxval, shape, dtype),
);

export function uniform(
  key: Plain,
  shapeIn: Plain,
  dtypeName: string | null,
  minval: Value,
  maxval: Value,
): Value {
  const checked = checkPrngKey("uniform", key);
  const dtype = userDType(dtypeName ?? "float");
  const shape = canonicalizeShape(shapeIn);
  if (!isFloating(dtype))
    throw valueError(`dtype argument to \`uniform\` must be a float dtype, got ${dtype}`);
  return uniformJit([checked.key, minval, maxval], [shape, dtype])[0];
}

// ---- normal ----

/** `np.nextafter(-1, 0)` in each float type. */
const NEXT_AFTER_MINUS_ONE: Partial<Record<DType, number>> = {
  float32: -0.9999999403953552,
  float16: -0.99951171875,
  bfloat16: -0.99609375,
};

const normalRealJit = jitted("_normal_real", ([key], [shape, dtype]) => {
  const d = dtype as DType;
  const lo = scalarConst(d, NEXT_AFTER_MINUS_ONE[d] as number);
  const hi = scalarConst(d, 1);
  const u = uniform(key, shape as number[], d, lo, hi);
  return [lax.mul(scalarConst(d, Math.SQRT2), lax.erfInv(u))];
});

const normalJit = jitted("_normal", ([key], statics) => normalRealJit([key], statics));

export function normal(key: Plain, shapeIn: Plain, dtypeName: string | null): Value {
  const checked = checkPrngKey("normal", key);
  const shape = canonicalizeShape(shapeIn);
  const dtype = userDType(dtypeName ?? "float");
  if (isComplex(dtype)) throw notSupported("complex dtypes in jax.random.normal");
  if (!isFloating(dtype)) {
    throw valueError(`dtype argument to \`normal\` must be a float or complex dtype, got ${dtype}`);
  }
  return normalJit([checked.key], [shape, dtype])[0];
}

// ---- randint ----

/** `jnp.clip(x, min=..., max=...)` called with keywords: jit flattens keywords sorted by name. */
const clipKeywordsJit = jitted("clip", ([arr, max, min]) => [minimum(max, maximum(min, arr))]);

/** `_convert_and_clip_integer`: clipping to the range of both dtypes instead of wrapping. */
function convertAndClipInteger(val: Value, dtype: DType): Value {
  const [dmin, dmax] = iinfo(dtype);
  const [vmin, vmax] = iinfo(val.aval.dtype);
  const clipped = clip(val, laxConst(val, Math.max(dmin, vmin)), laxConst(val, Math.min(dmax, vmax)));
  return astype(clipped, dtype);
}

const randintJit = jitted("_randint", ([key, minIn, maxIn], [shape, dtype]) => {
  const s = shape as number[];
  const d = dtype as DType;
  checkShape("randint", s, minIn.aval.shape, maxIn.aval.shape);
  let minval = isInteger(minIn.aval.dtype) ? minIn : astype(minIn, "int");
  let maxval = isInteger(maxIn.aval.dtype) ? maxIn : astype(maxIn, "int");
  const maxvalOutOfRange = lax.gt(
    maxval,
    convertAndClipInteger(scalarConst(d, iinfo(d)[1]), maxval.aval.dtype),
  );
  minval = convertAndClipInteger(minval, d);
  maxval = convertAndClipInteger(maxval, d);
  minval = broadcastToRank(minval, s.length);
  maxval = broadcastToRank(maxval, s.length);
  const nbits = dtypeInfo(d).bits as BitWidth;
  const [k1, k2] = splitPair(key);
  const higherBits = randomBits(k1, nbits, s);
  const lowerBits = randomBits(k2, nbits, s);
  let span = lax.convertElementType(subtract(maxval, minval), uintOf(nbits));
  span = lax.select(lessEqual(maxval, minval), fullLike(span, 1), span);
  span = lax.select(
    bitwiseAnd(maxvalOutOfRange, greater(maxval, minval)),
    lax.add(span, laxConst(span, 1)),
    span,
  );
  let multiplier = lax.rem(laxConst(span, 2 ** (nbits / 2)), span);
  multiplier = lax.rem(lax.mul(multiplier, multiplier), span);
  let offset = lax.add(lax.mul(lax.rem(higherBits, span), multiplier), lax.rem(lowerBits, span));
  offset = lax.rem(offset, span);
  return [lax.add(minval, lax.convertElementType(offset, d))];
});

export function randint(
  key: Plain,
  shapeIn: Plain,
  minvalIn: Value,
  maxvalIn: Value,
  dtypeName: string | null,
): Value {
  const checked = checkPrngKey("randint", key);
  const dtype = userDType(dtypeName ?? "int");
  const shape = canonicalizeShape(shapeIn);
  if (!isInteger(dtype)) throw typeError(`randint only accepts integer dtypes, got ${dtype}`);
  let samplingDType = dtype;
  let minval = minvalIn;
  let maxval = maxvalIn;
  if (dtypeInfo(dtype).bits < 32) {
    // Sampled in 32 bits, then cast: JAX's `minval.astype('int32').clip(min, max)`.
    samplingDType = "int32";
    const [lo, hi] = iinfo(dtype);
    const asInt32 = (v: Value) => astype(v, "int32");
    const pyInt = (n: number) => scalarConst("int32", n, true);
    minval = clipKeywordsJit([asInt32(minval), pyInt(hi), pyInt(lo)])[0];
    maxval = clipKeywordsJit([asInt32(maxval), pyInt(hi + 1), pyInt(lo)])[0];
  }
  return astype(randintJit([checked.key, minval, maxval], [shape, samplingDType])[0], dtype);
}

// ---- bernoulli ----

const bernoulliJit = jitted("_bernoulli", ([key, p], [shapeIn, mode]) => {
  let shape: Shape;
  if (shapeIn === null) shape = p.aval.shape;
  else {
    shape = shapeIn as number[];
    checkShape("bernoulli", shape, p.aval.shape);
  }
  const dtype = p.aval.dtype;
  if (mode === "high") {
    const u = uniform(
      key,
      [2, ...shape],
      dtype,
      scalarConst("float32", 0, true),
      scalarConst("float32", 1, true),
    );
    const u1 = indexInDim(u, 0, 0, false);
    const u2 = multiply(indexInDim(u, 1, 0, false), scalarConst("float32", 2 ** -finfo(dtype).nmant, true));
    return [less(u2, subtract(p, u1))];
  }
  const u = uniform(key, shape, dtype, scalarConst("float32", 0, true), scalarConst("float32", 1, true));
  return [less(u, p)];
});

export function bernoulli(key: Plain, p: Value, shapeIn: Plain, mode: string): Value {
  const shape = shapeIn === null ? null : canonicalizeShape(shapeIn);
  if (mode !== "high" && mode !== "low") throw valueError(`got mode='${mode}', expected 'high' or 'low'`);
  const checked = checkPrngKey("bernoulli", key);
  const dtype = p.aval.dtype;
  if (!isFloating(dtype))
    throw typeError(`bernoulli probability \`p\` must have a floating dtype, got ${dtype}.`);
  return bernoulliJit([checked.key, lax.convertElementType(p, dtype)], [shape, mode])[0];
}

// ---- exponential, gumbel, truncated_normal ----

const exponentialJit = jitted("_exponential", ([key], [shape, dtype]) => {
  const u = uniform(
    key,
    shape as number[],
    dtype as DType,
    scalarConst("float32", 0, true),
    scalarConst("float32", 1, true),
  );
  return [lax.neg(lax.log1p(lax.neg(u)))];
});

export function exponential(key: Plain, shapeIn: Plain, dtypeName: string | null): Value {
  const checked = checkPrngKey("exponential", key);
  const dtype = floatDType("exponential", dtypeName);
  return exponentialJit([checked.key], [canonicalizeShape(shapeIn), dtype])[0];
}

const pyFloat = (v: number): Value => scalarConst("float32", v, true);
const log = (x: Value): Value => unaryInexact.log(x);
const log1p = (x: Value): Value => unaryInexact.log1p(x);

const gumbelJit = jitted("_gumbel", ([key], [shape, dtype, mode]) => {
  const s = shape as number[];
  const d = dtype as DType;
  const info = finfo(d);
  if (mode === "low") {
    const u = uniformKeywordsJit([key, pyFloat(1), scalarConst(d, info.tiny)], [s, d])[0];
    return [lax.neg(log(lax.neg(log(u))))];
  }
  const u = uniformKeywordsJit([key, pyFloat(1), pyFloat(0)], [[2, ...s], d])[0];
  const high = indexInDim(u, 0, 0, false);
  const low = indexInDim(u, 1, 0, false);
  // Guards against rounding up to 1 while adding the low bits' resolution.
  const upper = greaterEqual(high, pyFloat(0.5));
  const sum = add(add(high, multiply(pyFloat(2 ** -info.nmant), low)), scalarConst(d, info.tiny));
  const x = where3(upper, high, sum);
  return [lax.neg(log(lax.neg(log1p(lax.neg(x)))))];
});

export function gumbel(key: Plain, shapeIn: Plain, dtypeName: string | null, modeIn: string | null): Value {
  const checked = checkPrngKey("gumbel", key);
  const dtype = floatDType("gumbel", dtypeName);
  const shape = canonicalizeShape(shapeIn);
  const mode = modeIn ?? "low";
  if (mode !== "highest" && mode !== "high" && mode !== "low") {
    throw valueError(`Must provide valid mode for gumbel got: ${mode}`);
  }
  if (mode === "highest" && dtype === "float32") throw notSupported("jax.random.gumbel with mode='highest'");
  return gumbelJit([checked.key], [shape, dtype, mode === "low" ? "low" : "high"])[0];
}

const truncatedNormalJit = jitted("_truncated_normal", ([key, lowerIn, upperIn], [shapeIn, dtype]) => {
  const d = dtype as DType;
  let shape: Shape;
  if (shapeIn === null) shape = broadcastShapes("truncated_normal", [lowerIn.aval.shape, upperIn.aval.shape]);
  else {
    shape = shapeIn as number[];
    checkShape("truncated_normal", shape, lowerIn.aval.shape, upperIn.aval.shape);
  }
  const sqrt2 = scalarConst(d, Math.SQRT2);
  const lower = lax.convertElementType(lowerIn, d);
  const upper = lax.convertElementType(upperIn, d);
  const a = lax.erf(trueDivide(lower, sqrt2));
  const b = lax.erf(trueDivide(upper, sqrt2));
  const u = uniform(key, shape, d, a, b);
  const out = multiply(sqrt2, lax.erfInv(u));
  // Clamped to the open interval (lower, upper): rounding could reach the bounds.
  const lo = lax.nextafter(stopGradient(lower), scalarConst(d, Infinity));
  const hi = lax.nextafter(stopGradient(upper), scalarConst(d, -Infinity));
  return [clip(out, lo, hi)];
});

export function truncatedNormal(
  key: Plain,
  lower: Value,
  upper: Value,
  shapeIn: Plain,
  dtypeName: string | null,
): Value {
  const shape = shapeIn === null ? null : canonicalizeShape(shapeIn);
  const checked = checkPrngKey("truncated_normal", key);
  const dtype = floatDType("truncated_normal", dtypeName);
  return truncatedNormalJit([checked.key, lower, upper], [shape, dtype])[0];
}

export function categorical(
  key: Plain,
  logits: Value,
  axisIn: number,
  shapeIn: Plain,
  replace: boolean,
  mode: string | null,
): Value {
  const checked = checkPrngKey("categorical", key);
  checkArraylike("categorical", [logits]);
  const arr = asarray(logits, null, null, null);
  const ndim = arr.aval.ndim;
  const axisPos = canonicalizeAxis(axisIn, ndim);
  const batchShape = arr.aval.shape.filter((_, i) => i !== axisPos);
  let shape: number[];
  if (shapeIn === null) shape = batchShape;
  else {
    shape = canonicalizeShape(shapeIn);
    checkShape("categorical", shape, batchShape);
  }
  const prefix = shape.slice(0, shape.length - batchShape.length);
  if (!replace) {
    // The Gumbel top-k trick along the axis, moved last.
    const perturbed = add(arr, gumbel(checked.key, arr.aval.shape, arr.aval.dtype, mode));
    const k = shapeSize(prefix);
    if (k > arr.aval.shape[axisPos]) {
      throw valueError(
        `Number of samples without replacement (${k}) cannot exceed number of categories ` +
          `(${arr.aval.shape[axisPos]}).`,
      );
    }
    const indices = topK(moveaxis(perturbed, axisIn, -1), k)[1];
    const nd = indices.aval.ndim;
    return reshape(indices, shape, [nd - 1, ...Array.from({ length: nd - 1 }, (_, i) => i)]);
  }
  const axis = axisIn >= 0 ? axisIn - ndim : axisIn;
  const logitsShape = shape.slice(shape.length - batchShape.length);
  logitsShape.splice(((axis % ndim) + ndim) % ndim, 0, arr.aval.shape[axisPos]);
  const g = gumbel(checked.key, [...prefix, ...logitsShape], arr.aval.dtype, mode);
  const expanded = expandDims(
    arr,
    prefix.map((_, i) => i),
  );
  return argExtremum("argmax", add(g, expanded), axis, false);
}

// ---- cauchy, laplace, logistic, rademacher ----

/** A float sampler `name(key, shape=(), dtype=None)` whose jitted body `_name` transforms uniform samples. */
function uniformTransform(
  name: string,
  bounds: (info: FloatInfo, dtype: DType) => [Value, Value],
  transform: (u: Value) => Value,
): (key: Plain, shapeIn: Plain, dtypeName: string | null) => Value {
  const body = jitted(`_${name}`, ([key], [shape, dtype]) => {
    const d = dtype as DType;
    const [lo, hi] = bounds(finfo(d), d);
    return [transform(uniform(key, shape as number[], d, lo, hi))];
  });
  return (key, shapeIn, dtypeName) => {
    const checked = checkPrngKey(name, key);
    const dtype = floatDType(name, dtypeName);
    return body([checked.key], [canonicalizeShape(shapeIn), dtype])[0];
  };
}

export const cauchy = uniformTransform(
  "cauchy",
  (info, d) => [scalarConst(d, info.eps), pyFloat(1)],
  (u) => lax.tan(lax.mul(laxConst(u, Math.PI), lax.sub(u, laxConst(u, 0.5)))),
);

export const laplace = uniformTransform(
  "laplace",
  (info, d) => [scalarConst(d, -1 + info.epsneg), pyFloat(1)],
  (u) => lax.mul(lax.sign(u), lax.log1p(lax.neg(lax.abs(u)))),
);

export const logistic = uniformTransform(
  "logistic",
  (info, d) => [scalarConst(d, info.tiny), pyFloat(1)],
  (x) => lax.sub(lax.log(x), lax.log1p(lax.neg(x))),
);

const rademacherJit = jitted("_rademacher", ([key], [shape, dtype]) => {
  const samples = astype(bernoulli(key, pyFloat(0.5), shape as number[], "low"), dtype as string);
  const pyInt = (n: number) => scalarConst("int32", n, true);
  return [astype(subtract(multiply(pyInt(2), samples), pyInt(1)), dtype as string)];
});

export function rademacher(key: Plain, shapeIn: Plain, dtypeName: string | null): Value {
  const checked = checkPrngKey("rademacher", key);
  const dtype = userDType(dtypeName ?? "int");
  return rademacherJit([checked.key], [canonicalizeShape(shapeIn), dtype, null])[0];
}

// ---- pareto, lognormal ----

/** `_check_all_safe_to_cast` (JAX raises its TypePromotionError, a ValueError). */
function checkAllSafeToCast(name: string, dtype: DType, ...args: Value[]): void {
  for (const a of args) {
    const from = a.aval.dtype;
    const joined = resultType([
      { dtype: from, weak: a.aval.weakType },
      { dtype, weak: false },
    ]).dtype;
    if (from !== dtype && joined !== dtype) {
      throw valueError(`In arguments to ${name}, cannot safely cast argument of type ${from} to ${dtype}`);
    }
  }
}

/** `_check_broadcast_shapes`: the given shape, checked against the parameters', or their broadcast. */
function checkBroadcastShapes(name: string, shapeIn: Plain, ...params: Value[]): number[] {
  const shapes = params.map((p) => p.aval.shape);
  if (shapeIn === null) return [...(shapes.length ? broadcastShapes(name, shapes) : [])];
  const shape = canonicalizeShape(shapeIn);
  checkShape(name, shape, ...shapes);
  return shape;
}

const paretoJit = jitted("_pareto", ([key, bIn], [shape, dtype]) => {
  const b = lax.convertElementType(bIn, dtype as DType);
  const e = exponential(key, shape as number[], dtype as string);
  return [lax.exp(trueDivide(e, b))];
});

export function pareto(key: Plain, b: Value, shapeIn: Plain, dtypeName: string | null): Value {
  const checked = checkPrngKey("pareto", key);
  const dtype = floatDType("pareto", dtypeName);
  const shape = checkBroadcastShapes("pareto", shapeIn, b);
  return paretoJit([checked.key, b], [shape, dtype])[0];
}

export function lognormal(
  key: Plain,
  sigmaIn: Value | null,
  shapeIn: Plain,
  dtypeName: string | null,
): Value {
  const checked = checkPrngKey("lognormal", key);
  const dtype = userDType(dtypeName ?? "float");
  if (isComplex(dtype)) throw notSupported("complex dtypes in jax.random.lognormal");
  if (!isFloating(dtype)) {
    throw valueError(`dtype argument to \`lognormal\` must be a float or complex dtype, got ${dtype}`);
  }
  // JAX's default sigma is np.float32(1).
  const sigma0 = sigmaIn ?? scalarConst("float32", 1);
  const shape = checkBroadcastShapes("lognormal", shapeIn, sigma0);
  checkAllSafeToCast("lognormal", dtype, sigma0);
  // `_lognormal` is an inline jit: its equations join the caller's.
  const sigma = lax.convertElementType(sigma0, dtype);
  return lax.exp(multiply(normal(checked.key, shape, dtype), sigma));
}
