// The basic samplers of jax.random (jax/_src/random/core.py): bits, uniform, normal, randint, bernoulli,
// composed from the same primitives, jnp functions and jitted helpers as JAX's, so that their jaxprs print
// as JAX's do.
import type { Shape } from "../core/aval.ts";
import { type DType, dtypeInfo, isComplex, isFloating, isInteger, isUnsigned } from "../core/dtypes.ts";
import { notSupported, typeError, valueError } from "../core/errors.ts";
import { bind1 } from "../core/trace.ts";
import type { Value } from "../core/values.ts";
import * as lax from "../lax/lax.ts";
import { bitcastConvertTypeP } from "../lax/primitives/elementwise.ts";
import { reshape } from "../lax/primitives/shape.ts";
import { broadcastToRank } from "../lax/shapes.ts";
import { type Plain, canonicalizeShape, userDType } from "../numpy/array-args.ts";
import { astype } from "../numpy/creation.ts";
import { clip } from "../numpy/elementwise.ts";
import {
  bitwiseAnd,
  greater,
  less,
  lessEqual,
  maximum,
  minimum,
  multiply,
  subtract,
} from "../numpy/ufuncs.ts";
import { fullLike, laxConst, scalarConst } from "../numpy/where.ts";
import { jitted } from "../transforms/jit.ts";
import { checkPrngKey, randomBits, splitPair } from "./key-functions.ts";
import { indexInDim } from "../lax/slicing.ts";
import { type BitWidth, finfo, iinfo, uintOf, checkShape } from "./sampler-utils.ts";

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
/** The bits of 1.0 in each float type, as `np.array(1.0, dtype).view(uint)`. */
const ONE_BITS: Partial<Record<DType, number>> = { float32: 0x3f800000, float16: 0x3c00, bfloat16: 0x3f80 };

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
export const uniformKeywordsJit = jitted("_uniform", ([key, maxval, minval], [shape, dtype]) =>
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
