// The distributions of jax.random built on uniform and normal samples (jax/_src/random/core.py): exponential,
// gumbel, truncated_normal, categorical, cauchy, laplace, logistic, rademacher, pareto, lognormal.
import { type Shape, shapeSize } from "../core/aval.ts";
import { topK } from "../lax/primitives/top-k.ts";
import { moveaxis } from "../numpy/shapes.ts";
import { type DType, isComplex, isFloating } from "../core/dtypes.ts";
import { notSupported, valueError } from "../core/errors.ts";
import type { Value } from "../core/values.ts";
import * as lax from "../lax/lax.ts";
import { canonicalizeAxis, expandDims, reshape } from "../lax/primitives/shape.ts";
import { stopGradient } from "../lax/primitives/custom-derivatives.ts";
import { broadcastShapes } from "../lax/shapes.ts";
import { type Plain, canonicalizeShape, checkArraylike, userDType } from "../numpy/array-args.ts";
import { asarray, astype, broadcastTo } from "../numpy/creation.ts";
import { argExtremum } from "../numpy/reductions.ts";
import { clip } from "../numpy/elementwise.ts";
import { add, greaterEqual, multiply, subtract, trueDivide, unaryInexact } from "../numpy/ufuncs.ts";
import { laxConst, scalarConst, where3 } from "../numpy/where.ts";
import { jitted } from "../transforms/jit.ts";
import { checkPrngKey } from "./key-functions.ts";
import { indexInDim } from "../lax/slicing.ts";
import {
  type FloatInfo,
  finfo,
  checkShape,
  floatDType,
  pyFloat,
  checkAllSafeToCast,
  checkBroadcastShapes,
} from "./sampler-utils.ts";
import { bernoulli, normal, uniform, uniformKeywordsJit } from "./samplers.ts";

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

// ---- rayleigh ----

const rayleighJit = jitted("_rayleigh", ([key, scaleIn], [shape, dtype]) => {
  const s = shape as number[];
  const u = uniform(key, s, dtype as string, pyFloat(0), pyFloat(1));
  const scale = broadcastTo(astype(scaleIn, dtype as string), s);
  const sqrtU = lax.sqrt(lax.mul(lax.log(u), laxConst(scale, -2)));
  return [lax.mul(scale, sqrtU)];
});

export function rayleigh(key: Plain, scale: Value, shapeIn: Plain, dtypeName: string | null): Value {
  const checked = checkPrngKey("rayleigh", key);
  const dtype = floatDType("rayleigh", dtypeName);
  const shape = checkBroadcastShapes("rayleigh", shapeIn, scale);
  checkAllSafeToCast("rayleigh", dtype, scale);
  return rayleighJit([checked.key, scale], [shape, dtype])[0];
}
