// jax.nn's functions (jax/_src/nn/functions.py, jax/_src/ops/special.py), composed as JAX composes them:
// most are `@jit` under their own name, relu/relu6/log1mexp are custom_jvp functions around a jit.
import { exportPy, type ArgKind } from "../api/registry.ts";
import { canonicalize, type DType, isComplex, isFloating, isInteger } from "../core/dtypes.ts";
import { notSupported, typeError, valueError } from "../core/errors.ts";
import { ArrayValue, Tracer, type Value } from "../core/values.ts";
import * as lax from "../lax/lax.ts";
import { broadcastedIota } from "../lax/primitives/creation.ts";
import { customJvp, stopGradient } from "../lax/primitives/custom-derivatives.ts";
import { canonicalizeAxis, expandDims } from "../lax/primitives/shape.ts";
import { jitted } from "../transforms/jit.ts";
import { fullLike as laxFullLike } from "../transforms/ad/rules.ts";
import { array } from "../numpy/creation.ts";
import { clip, logaddexp } from "../numpy/elementwise.ts";
import { promoteArgsInexact } from "../numpy/promotion.ts";
import { amax, reductionDims, staticAxes, sum } from "../numpy/reductions.ts";
import { mean as jnpMean } from "../numpy/statistics.ts";
import * as jnp from "../numpy/ufuncs.ts";
import { constLike, fullLike, pyFloat, pyInt, where3 } from "../numpy/where.ts";

type Unary = (x: Value) => Value;
type Axis = number | number[] | null;
/** An argument the Python caller may leave out (None arrives as null or undefined). */
type Maybe<T> = T | null | undefined;

/** A function JAX defines with `@jit` and one array argument. */
function jitUnary(name: string, body: Unary): Unary {
  const jit = jitted(name, ([x]) => [body(x)]);
  return (x) => jit([x])[0];
}

/**
 * A `@jit` function with optional array arguments (`elu(x, alpha=1.0)`): JAX traces only the arguments
 * actually passed, so a default stays a Python constant inside while a given value is a traced argument.
 */
function jitWithOptionals(
  name: string,
  defaults: readonly Value[],
  body: (x: Value, ...opts: Value[]) => Value,
): (x: Value, ...opts: Maybe<Value>[]) => Value {
  const jit = jitted(name, (args, given) => {
    let i = 1;
    const opts = defaults.map((d, k) => (given[k] ? args[i++] : d));
    return [body(args[0], ...opts)];
  });
  return (x, ...opts) => {
    const passed = defaults.map((_, k) => opts[k] != null);
    return jit([x, ...opts.filter((o): o is Value => o != null)], passed)[0];
  };
}

// ---- activations ----

const reluJit = jitUnary("relu", (x) => jnp.maximum(x, pyInt(0)));
/** `lax.select(mask, g, lax.full_like(g, 0))`: the tangent where `mask` holds, zero elsewhere. */
const maskedTangent = (mask: Value, g: Value): Value => lax.select(mask, g, laxFullLike(g, 0));

const reluCustom = customJvp(
  {
    name: "relu",
    jvpName: "jvp",
    // `relu.defjvps(lambda g, ans, x: lax.select(x > 0, g, lax.full_like(g, 0)))`
    jvp: ([x], [g]) => [[relu(x)], [maskedTangent(jnp.greater(x, pyInt(0)), g)]],
  },
  ([x]) => [reluJit(x)],
);
export const relu: Unary = (x) => reluCustom([x])[0];

const relu6Jit = jitUnary("relu6", (x) => jnp.minimum(jnp.maximum(x, pyInt(0)), pyFloat(6)));
const relu6Custom = customJvp(
  {
    name: "relu6",
    jvpName: "jvp",
    jvp: ([x], [g]) => [
      [relu6(x)],
      [maskedTangent(jnp.bitwiseAnd(jnp.greater(x, pyInt(0)), jnp.less(x, pyInt(6))), g)],
    ],
  },
  ([x]) => [relu6Jit(x)],
);
export const relu6: Unary = (x) => relu6Custom([x])[0];

/** Inline `jit`: just `logistic`, without promotion. */
export const sigmoid: Unary = (x) => lax.logistic(x);

export const softplus = jitUnary("softplus", (x) => logaddexp(x, pyInt(0)));
const softSign = jitUnary("soft_sign", (x) => jnp.trueDivide(x, jnp.add(jnp.absolute(x), pyInt(1))));
const silu = jitUnary("silu", (x) => jnp.multiply(x, sigmoid(x)));
const mish = jitUnary("mish", (x) => jnp.multiply(x, jnp.unaryInexact.tanh(softplus(x))));
const logSigmoid = jitUnary("log_sigmoid", (x) => jnp.negative(softplus(jnp.negative(x))));
const identity = jitUnary("identity", (x) => x);

const elu = jitWithOptionals("elu", [pyFloat(1)], (x, alpha) => {
  const positive = (): Value => jnp.greater(x, pyInt(0));
  const c = positive();
  return where3(c, x, jnp.multiply(alpha, jnp.unaryInexact.expm1(where3(positive(), pyFloat(0), x))));
});

const leakyRelu = jitWithOptionals("leaky_relu", [pyFloat(1e-2)], (x, slope) =>
  where3(jnp.greaterEqual(x, pyInt(0)), x, jnp.multiply(slope, x)),
);

const hardTanh = jitUnary("hard_tanh", (x) => {
  const above = jnp.greater(x, pyInt(1));
  return where3(above, pyInt(1), where3(jnp.less(x, pyInt(-1)), pyInt(-1), x));
});

const celu = jitWithOptionals("celu", [pyFloat(1)], (x, alpha) =>
  jnp.add(
    jnp.maximum(x, pyFloat(0)),
    jnp.multiply(alpha, jnp.unaryInexact.expm1(jnp.trueDivide(jnp.minimum(x, pyFloat(0)), alpha))),
  ),
);

const SELU_ALPHA = 1.6732632423543772;
const SELU_SCALE = 1.0507009873554805;
const selu = jitUnary("selu", (x) => jnp.multiply(pyFloat(SELU_SCALE), elu(x, pyFloat(SELU_ALPHA))));

/** Not jitted in JAX (its jit is commented out there). */
function gelu(x: Value, approximate: unknown): Value {
  const [xa] = promoteArgsInexact("gelu", [x]);
  const dtype = xa.aval.dtype;
  if (approximate) {
    const sqrt2OverPi = constLike(xa, Math.sqrt(2 / Math.PI));
    const inner = jnp.add(xa, jnp.multiply(pyFloat(0.044715), jnp.power(xa, pyInt(3))));
    const cdf = jnp.multiply(
      pyFloat(0.5),
      jnp.add(pyFloat(1), jnp.unaryInexact.tanh(jnp.multiply(sqrt2OverPi, inner))),
    );
    return jnp.multiply(xa, cdf);
  }
  const sqrtHalf = constLike(xa, Math.sqrt(0.5));
  const half = jnp.multiply(pyFloat(0.5), xa);
  return array(jnp.multiply(half, lax.erfc(jnp.multiply(jnp.negative(xa), sqrtHalf))), dtype);
}

const hardSigmoid = jitUnary("hard_sigmoid", (x) =>
  jnp.trueDivide(relu6(jnp.add(x, pyFloat(3))), pyFloat(6)),
);
const hardSilu = jitUnary("hard_silu", (x) => jnp.multiply(x, hardSigmoid(x)));

const squareplus = jitWithOptionals("squareplus", [pyInt(4)], (x, b) => {
  const y = jnp.add(x, jnp.unaryInexact.sqrt(jnp.add(jnp.square(x), b)));
  return jnp.trueDivide(y, pyInt(2));
});

const sparsePlus = jitUnary("sparse_plus", (x) => {
  const low = jnp.lessEqual(x, pyFloat(-1));
  const high = jnp.greaterEqual(x, pyFloat(1));
  const middle = jnp.trueDivide(jnp.power(jnp.add(x, pyFloat(1)), pyInt(2)), pyInt(4));
  return where3(low, pyFloat(0), where3(high, x, middle));
});

const sparseSigmoid = jitUnary("sparse_sigmoid", (x) =>
  jnp.multiply(pyFloat(0.5), clip(jnp.add(x, pyFloat(1)), pyFloat(0), pyFloat(2))),
);

const log1mexpJit = jitUnary("log1mexp", (x) => {
  const c = jnp.unaryInexact.log(pyFloat(2));
  return where3(
    jnp.less(x, c),
    jnp.unaryInexact.log(jnp.negative(jnp.unaryInexact.expm1(jnp.negative(x)))),
    jnp.unaryInexact.log1p(jnp.negative(jnp.unaryInexact.exp(jnp.negative(x)))),
  );
});
const log1mexpCustom = customJvp({ name: "log1mexp", jvpName: "jvp" }, ([x]) => [log1mexpJit(x)]);
const log1mexp: Unary = (x) => log1mexpCustom([x])[0];

// ---- softmax and friends ----

const NEG_INF = (): ArrayValue => pyFloat(-Infinity);

/** `_softmax_deprecated`, what jax.nn.softmax runs with the default `jax_softmax_custom_jvp=False`. */
function softmax(x: Value, axisArg: unknown, where: Maybe<Value>): Value {
  const axis = staticAxes(axisArg);
  const w = where ?? null;
  const xMax = amax(x, { axis, where: w, initial: NEG_INF(), keepdims: true });
  const xSafe = w === null ? x : where3(w, x, NEG_INF());
  const unnormalized = jnp.unaryInexact.exp(jnp.subtract(xSafe, stopGradient(xMax)));
  let result = jnp.trueDivide(unnormalized, sum(unnormalized, { axis, where: w, keepdims: true }));
  if (w !== null) result = where3(w, result, pyInt(0));
  return result;
}

const logSoftmaxJit = jitted("log_softmax", (args, [axisArg, hasWhere]) => {
  const axis = axisArg as Axis;
  const [x] = args;
  const w = hasWhere ? args[1] : null;
  const xMax = amax(x, { axis, where: w, initial: NEG_INF(), keepdims: true });
  const xSafe = w === null ? x : where3(w, x, NEG_INF());
  const shifted = jnp.subtract(xSafe, stopGradient(xMax));
  const shiftedLogsumexp = jnp.unaryInexact.log(
    sum(jnp.unaryInexact.exp(shifted), { axis, where: w, keepdims: true }),
  );
  const result = jnp.subtract(shifted, shiftedLogsumexp);
  return [w === null ? result : where3(w, result, NEG_INF())];
});

function logSoftmax(x: Value, axis: unknown, where: Maybe<Value>): Value {
  const args = where != null ? [x, where] : [x];
  return logSoftmaxJit(args, [staticAxes(axis), where != null])[0];
}

/** jax.nn.logsumexp, which is jax.scipy.special.logsumexp (jax/_src/ops/special.py). */
function logsumexp(
  a: Value,
  axis: unknown,
  b: Maybe<Value>,
  keepdims: unknown,
  returnSign: unknown,
  where: Maybe<Value>,
): Value | Value[] {
  const w = where ?? null;
  let x = a;
  if (w !== null) x = where3(w, x, pyInt(0));
  let aArr: Value;
  let bArr: Value | null = null;
  if (b != null) {
    [aArr, bArr] = promoteArgsInexact("logsumexp", [x, b]);
    aArr = where3(jnp.notEqual(bArr, pyInt(0)), aArr, NEG_INF());
  } else {
    [aArr] = promoteArgsInexact("logsumexp", [x]);
  }
  if (isComplex(aArr.aval.dtype)) throw notSupported("complex numbers in jax.nn.logsumexp");
  const dims = reductionDims(aArr.aval.ndim, staticAxes(axis));
  const keep = Boolean(keepdims);
  let amaxV = amax(aArr, { axis: dims, keepdims: keep, where: w, initial: NEG_INF() });
  amaxV = stopGradient(lax.select(isfinite(amaxV), amaxV, fullLike(amaxV, 0)));
  const amaxWithDims = keep ? amaxV : expandDims(amaxV, dims);
  let expA = lax.exp(lax.sub(aArr, lax.convertElementType(amaxWithDims, aArr.aval.dtype)));
  if (bArr !== null) expA = lax.mul(expA, bArr);
  let sumexp = sum(expA, { axis: dims, keepdims: keep, where: w });
  const sign = lax.sign(sumexp);
  sumexp = jnp.absolute(sumexp);
  let out = lax.add(lax.log(sumexp), lax.convertElementType(amaxV, sumexp.aval.dtype));
  if (returnSign) return [out, sign];
  if (bArr !== null) out = where3(jnp.less(sign, pyInt(0)), constLike(out, NaN), out);
  return out;
}

function isfinite(x: Value): Value {
  return isFloating(x.aval.dtype) ? lax.isFinite(x) : fullLike(x, true, "bool");
}

const standardizeJit = jitted(
  "standardize",
  (args, [axisArg, hasMean, hasVariance, hasEpsilon, hasWhere]) => {
    const axis = axisArg as Axis;
    const [x] = args;
    let i = 1;
    const next = (has: unknown): Value | null => (has ? args[i++] : null);
    let mean = next(hasMean);
    let variance = next(hasVariance);
    const epsilon = next(hasEpsilon) ?? pyFloat(1e-5);
    const where = next(hasWhere);
    if (mean === null) mean = jnpMean(x, axis, null, true, where);
    if (variance === null) {
      // The "fast" algorithm: mean(x**2) - mean(x)**2, clipped at zero.
      variance = jnp.subtract(jnpMean(jnp.square(x), axis, null, true, where), jnp.square(mean));
      variance = clip(variance, pyInt(0), null);
    }
    return [jnp.multiply(jnp.subtract(x, mean), lax.rsqrt(jnp.add(variance, epsilon)))];
  },
);

function standardize(
  x: Value,
  axis: unknown,
  mean: Maybe<Value>,
  variance: Maybe<Value>,
  epsilon: Maybe<Value>,
  where: Maybe<Value>,
  algorithm: unknown,
): Value {
  if (algorithm !== "fast") {
    if (algorithm === "stable") throw notSupported("jax.nn.standardize with algorithm='stable'");
    throw valueError(`Unknown algorithm '${String(algorithm)}'. Expected 'fast' or 'stable'.`);
  }
  const given = [mean, variance, epsilon, where];
  const args = [x, ...given.filter((v): v is Value => v != null)];
  return standardizeJit(args, [staticAxes(axis), ...given.map((v) => v != null)])[0];
}

// ---- one_hot ----

const oneHotJit = jitted("_one_hot", ([x], [numClasses, dtype, axis]) => {
  const n = numClasses as number;
  const pos = canonicalizeAxis(axis as number, x.aval.ndim + 1);
  const lhs = expandDims(x, [axis as number]);
  const rhsShape = new Array<number>(x.aval.ndim).fill(1);
  rhsShape.splice(pos, 0, n);
  const rhs = broadcastedIota(x.aval.dtype, rhsShape, pos);
  return [lax.convertElementType(jnp.equal(lhs, rhs), dtype as DType)];
});

function oneHot(x: Value, numClasses: unknown, dtype: DType | null, axis: unknown): Value {
  if (numClasses instanceof Tracer) {
    throw notSupported("a traced num_classes in jax.nn.one_hot");
  }
  if (typeof numClasses !== "number" || !Number.isInteger(numClasses)) {
    throw typeError(
      `Shapes must be 1D sequences of concrete values of integer type, got (${String(numClasses)},).`,
    );
  }
  if (typeof axis !== "number") throw notSupported("named axes in jax.nn.one_hot");
  if (!isInteger(x.aval.dtype))
    throw notSupported("jax.nn.one_hot of a non-integer array (deprecated in JAX)");
  return oneHotJit([x], [numClasses, canonicalize(dtype ?? "float32"), axis])[0];
}

// ---- Python exports ----

const NN = "jax.nn";
const X: Record<string, ArgKind> = { x: "array" };

for (const [name, f] of Object.entries({
  relu,
  relu6,
  sigmoid,
  softplus,
  soft_sign: softSign,
  silu,
  swish: silu,
  mish,
  log_sigmoid: logSigmoid,
  hard_tanh: hardTanh,
  selu,
  hard_sigmoid: hardSigmoid,
  hard_silu: hardSilu,
  hard_swish: hardSilu,
  identity,
  sparse_plus: sparsePlus,
  sparse_sigmoid: sparseSigmoid,
  log1mexp,
  tanh: jnp.unaryInexact.tanh,
})) {
  exportPy(NN, name, "x", X, f as never);
}

exportPy(NN, "elu", "x, alpha=None", { x: "array", alpha: "optarray" }, elu as never);
exportPy(NN, "celu", "x, alpha=None", { x: "array", alpha: "optarray" }, celu as never);
exportPy(
  NN,
  "leaky_relu",
  "x, negative_slope=None",
  { x: "array", negative_slope: "optarray" },
  leakyRelu as never,
);
exportPy(NN, "squareplus", "x, b=None", { x: "array", b: "optarray" }, squareplus as never);
exportPy(NN, "gelu", "x, approximate=True", X, gelu as never);
exportPy(NN, "softmax", "x, axis=-1, where=None", { x: "array", where: "optarray" }, softmax as never);
exportPy(NN, "log_softmax", "x, axis=-1, where=None", { x: "array", where: "optarray" }, logSoftmax as never);
exportPy(
  NN,
  "logsumexp",
  "a, axis=None, b=None, keepdims=False, return_sign=False, where=None",
  { a: "array", b: "optarray", where: "optarray" },
  logsumexp as never,
);
exportPy(
  NN,
  "standardize",
  "x, axis=-1, mean=None, variance=None, epsilon=None, where=None, *, algorithm='fast'",
  { x: "array", mean: "optarray", variance: "optarray", epsilon: "optarray", where: "optarray" },
  standardize as never,
);
exportPy(
  NN,
  "one_hot",
  "x, num_classes, *, dtype=None, axis=-1",
  { x: "arraylike", dtype: "dtype" },
  oneHot as never,
);

// jax.nn functions Traceur does not build yet: they say so rather than not existing.
for (const name of ["glu", "logmeanexp", "dot_product_attention"]) {
  exportPy(NN, name, "*args, **kwargs", {}, (() => {
    throw notSupported(`jax.nn.${name}`);
  }) as never);
}
