// jnp.mean, var, std and average (jax/_src/numpy/reductions.py), with JAX's `@jit` wrappers `_var` and `_std`.
import { type DType, isFloating, isInexact } from "../core/dtypes.ts";
import { EngineError, notSupported, valueError } from "../core/errors.ts";
import { ArrayValue, type Value } from "../core/values.ts";
import type { ApiResult } from "../api/registry.ts";
import * as lax from "../lax/lax.ts";
import { reshape } from "../lax/primitives/shape.ts";
import { jitted } from "../transforms/jit.ts";
import { exportJnp } from "./array-args.ts";
import { broadcastTo } from "./creation.ts";
import { promoteDTypesInexact } from "./promotion.ts";
import {
  checkOutNone,
  checkWhere,
  numpyScalar,
  optionalArray,
  type Plain,
  range,
  reductionDims,
  staticAxes,
  sum,
  upcastF16,
  userDType,
} from "./reductions.ts";
import * as ufuncs from "./ufuncs.ts";
import { where3 } from "./where.ts";

type Axis = number | number[] | null;

const toInexact = (d: DType): DType => (isInexact(d) ? d : "float32");
const product = (xs: readonly number[]): number => xs.reduce((a, b) => a * b, 1);

/** `_count`: how many elements each result averages, in the computation dtype. */
function count(a: Value, axis: Axis, keepdims: boolean, where: Value | null, dtype: DType): Value {
  if (where !== null) return sum(broadcastTo(where, a.aval.shape), { axis, dtype, keepdims });
  const shape = a.aval.shape;
  // `a_shape[i]` on the axes as given, before they are checked: Python's own IndexError.
  const sizeAt = (d: number): number => {
    const n = shape.at(d);
    if (n === undefined) throw new EngineError("IndexError", "tuple index out of range");
    return n;
  };
  const n = axis === null ? a.aval.size : product((typeof axis === "number" ? [axis] : axis).map(sizeAt));
  return lax.convertElementType(ArrayValue.pythonScalar("int", n), dtype);
}

/**
 * jnp.mean runs compiled, and XLA's algebraic simplifier turns a division by a constant into a multiplication
 * by its reciprocal (rounded to the dtype): `jnp.mean(jnp.arange(7))` is 21 * float32(1/7) = 3.0000002.
 * Evaluated at once, Traceur does the same; traced, the jaxpr keeps JAX's `div`.
 */
function divideByCount(total: Value, normalizer: Value): Value {
  const constant = normalizer instanceof ArrayValue && normalizer.origin !== "jax";
  if (total instanceof ArrayValue && constant && isFloating(normalizer.dtype)) {
    const reciprocal = ArrayValue.fromNumbers(normalizer.aval, [1 / Number(normalizer.scalar())], "numpy");
    return lax.mul(total, reciprocal);
  }
  return lax.div(total, normalizer);
}

/** `jnp.mean` (`_mean`, an inline jit). */
export function mean(
  a: Value,
  axis: Axis,
  dtype: DType | null,
  keepdims: boolean,
  where: Value | null,
): Value {
  checkWhere("mean", where);
  const resultDType = dtype ?? toInexact(a.aval.dtype);
  const computation = dtype === null && isInexact(resultDType) ? upcastF16(resultDType) : resultDType;
  const normalizer = count(a, axis, keepdims, where, computation);
  const total = sum(a, { axis, dtype: computation, keepdims, where });
  return lax.convertElementType(divideByCount(total, normalizer), resultDType);
}

// ---- var, std ----

/** `_var_promote_types`: the computation dtype (float16 upcast) and the result dtype. */
function varPromoteTypes(aDType: DType, dtype: DType | null): [DType, DType] {
  const d = dtype ?? toInexact(aDType);
  return [upcastF16(d), d];
}

interface VarStatics {
  readonly axis: Axis;
  readonly dtype: DType | null;
  readonly keepdims: boolean;
  readonly hasMean: boolean;
  readonly hasWhere: boolean;
}

const staticsOf = (s: readonly unknown[]): VarStatics => s[0] as VarStatics;

/** `_var`, jitted; its arguments are (a, [a_mean], correction, [where]), as jit flattens JAX's keywords. */
const varJit = jitted("_var", (args, statics) => {
  const { axis, dtype, keepdims, hasMean, hasWhere } = staticsOf(statics);
  const [a0, ...rest] = args;
  const aMean = hasMean ? (rest.shift() as Value) : null;
  const correction = rest.shift() as Value;
  const where = hasWhere ? (rest.shift() as Value) : null;
  const [computation, resultDType] = varPromoteTypes(a0.aval.dtype, dtype);
  const a = lax.convertElementType(a0, computation);
  const m =
    aMean === null ? mean(a, axis, computation, true, where) : lax.convertElementType(aMean, computation);
  const centered = lax.square(lax.sub(a, m));
  const normalizer = lax.sub(
    count(a, axis, keepdims, where, computation),
    lax.convertElementType(correction, computation),
  );
  const result = lax.convertElementType(
    lax.div(sum(centered, { axis, dtype: computation, keepdims, where }), normalizer),
    resultDType,
  );
  return [
    where3(
      ufuncs.greater(normalizer, ArrayValue.pythonScalar("int", 0)),
      result,
      ArrayValue.pythonScalar("float", NaN),
    ),
  ];
});

/** `_std`, jitted; its arguments are (a, correction, [mean], [where]). */
const stdJit = jitted("_std", (args, statics) => {
  const { axis, dtype, keepdims, hasMean, hasWhere } = staticsOf(statics);
  const [a, correction, ...rest] = args;
  const m = hasMean ? (rest.shift() as Value) : null;
  const where = hasWhere ? (rest.shift() as Value) : null;
  return [lax.sqrt(variance(a, { axis, dtype, keepdims, where, mean: m, correction }))];
});

export interface VarArgs {
  readonly axis: Axis;
  readonly dtype: DType | null;
  readonly keepdims: boolean;
  readonly where: Value | null;
  readonly mean: Value | null;
  /** The correction as a value (a Python scalar when the user gave a number). */
  readonly correction: Value;
}

const statics = (args: VarArgs): VarStatics[] => [
  {
    axis: args.axis,
    dtype: args.dtype,
    keepdims: args.keepdims,
    hasMean: args.mean !== null,
    hasWhere: args.where !== null,
  },
];

export function variance(a: Value, args: VarArgs): Value {
  checkWhere("var", args.where);
  const operands = [
    a,
    ...(args.mean ? [args.mean] : []),
    args.correction,
    ...(args.where ? [args.where] : []),
  ];
  return varJit(operands, statics(args))[0];
}

export function std(a: Value, args: VarArgs): Value {
  checkWhere("std", args.where);
  if (args.dtype !== null && !isInexact(args.dtype)) {
    throw valueError(`dtype argument to jnp.std must be inexact; got ${args.dtype}`);
  }
  const operands = [
    a,
    args.correction,
    ...(args.mean ? [args.mean] : []),
    ...(args.where ? [args.where] : []),
  ];
  return stdJit(operands, statics(args))[0];
}

/** `correction` defaults to `ddof`; giving both is an error unless ddof is the integer 0. */
function correctionOf(ddof: Value | null, correction: Value | null): Value {
  if (correction === null) return ddof ?? ArrayValue.pythonScalar("int", 0);
  const ddofIsIntZero =
    ddof === null ||
    (ddof instanceof ArrayValue && ddof.origin === "python" && ddof.dtype === "int32" && ddof.scalar() === 0);
  if (!ddofIsIntZero) throw valueError("ddof and correction can't be provided simultaneously.");
  return correction;
}

// ---- average ----

export function average(
  a: Value,
  axis: Axis,
  weights: Value | null,
  returned: boolean,
  keepdims: boolean,
): ApiResult {
  const ndim = a.aval.ndim;
  const axisTuple = axis === null ? range(ndim) : reductionDims(ndim, axis);
  let avg: Value;
  let weightsSum: Value;
  if (weights === null) {
    const [x] = promoteDTypesInexact([a]);
    avg = mean(x, axis, null, keepdims, null);
    weightsSum = numpyScalar(
      avg.aval.dtype,
      axis === null ? x.aval.size : product(axisTuple.map((d) => x.aval.shape[d])),
    );
  } else {
    const [x, w0] = promoteDTypesInexact([a, weights]);
    let w = w0;
    if (x.aval.shape.join() !== w.aval.shape.join()) {
      if (axis === null) throw valueError("Axis must be specified when shapes of a and weights differ.");
      if (w.aval.shape.join() !== axisTuple.map((d) => x.aval.shape[d]).join()) {
        throw valueError("Shape of weights must be consistent with shape of a along specified axis.");
      }
      if (!axisTuple.every((d, i) => i === 0 || d > axisTuple[i - 1])) {
        throw notSupported("jnp.average with weights over axes given out of order");
      }
      w = reshape(
        w,
        x.aval.shape.map((d, i) => (axisTuple.includes(i) ? d : 1)),
      );
    }
    weightsSum = sum(w, { axis, keepdims });
    avg = ufuncs.trueDivide(sum(ufuncs.multiply(x, w), { axis, keepdims }), weightsSum);
  }
  if (!returned) return avg;
  if (avg.aval.shape.join() !== weightsSum.aval.shape.join())
    weightsSum = broadcastTo(weightsSum, avg.aval.shape);
  return [avg, weightsSum];
}

// ---- Python exports ----

const A = { a: "array", dtype: "dtype", ddof: "optarray", correction: "optarray", mean: "optarray" } as const;

exportJnp("mean", "a, axis=None, dtype=None, out=None, keepdims=False, *, where=None", A, ((
  a: Value,
  axis: Plain,
  dtype: string | null,
  out: Plain,
  keepdims: Plain,
  where: Plain,
) => {
  checkOutNone(out, "mean");
  return mean(a, staticAxes(axis), userDType(dtype), Boolean(keepdims), optionalArray(where, "mean"));
}) as never);

for (const [name, f] of [
  ["var", variance],
  ["std", std],
] as const) {
  exportJnp(
    name,
    "a, axis=None, dtype=None, out=None, ddof=0, keepdims=False, *, where=None, mean=None, correction=None",
    A,
    ((
      a: Value,
      axis: Plain,
      dtype: string | null,
      out: Plain,
      ddof: Value | null,
      keepdims: Plain,
      where: Plain,
      m: Value | null,
      correction: Value | null,
    ) => {
      const correctionValue = correctionOf(ddof, correction);
      const d = userDType(dtype);
      checkOutNone(out, name);
      return f(a, {
        axis: staticAxes(axis),
        dtype: d,
        keepdims: Boolean(keepdims),
        where: optionalArray(where, name),
        mean: m,
        correction: correctionValue,
      });
    }) as never,
  );
}

exportJnp("average", "a, axis=None, weights=None, returned=False, keepdims=False", A, ((
  a: Value,
  axis: Plain,
  weights: Plain,
  returned: Plain,
  keepdims: Plain,
) =>
  average(
    a,
    staticAxes(axis),
    optionalArray(weights, "average"),
    Boolean(returned),
    Boolean(keepdims),
  )) as never);
