// jnp's reductions (jax/_src/numpy/reductions.py, lax_numpy.argmax/argmin) and jax.lax's reduction
// functions, composed from primitives as JAX composes them: which wrappers are `@jit` (with their names and
// arguments), which conversions appear, and where literals come from. mean/var/std/average: statistics.ts.
import { ShapedArray, shapeStr } from "../core/aval.ts";
import { type DType, isFloating, isInexact, isInteger, isUnsigned } from "../core/dtypes.ts";
import { EngineError, typeError, valueError } from "../core/errors.ts";
import { ArrayValue, Tracer, type Value } from "../core/values.ts";
import { exportPy } from "../api/registry.ts";
import * as lax from "../lax/lax.ts";
import { canonicalizeAxis, expandDims, reshape } from "../lax/primitives/shape.ts";
import { argReduce, maxIdentity, minIdentity, type Monoid, reduceMonoid } from "../lax/primitives/reduce.ts";
import { CUMULATIVE_NAMES, cumulative } from "../lax/primitives/cumulative.ts";
import { jitted } from "../transforms/jit.ts";
import { concretizationError } from "../python/concrete.ts";
import { exportJnp, optionalUserDType, pyIndex } from "./array-args.ts";
import { promoteDTypesNumeric } from "./promotion.ts";
import * as ufuncs from "./ufuncs.ts";
import { where3 } from "./where.ts";

// ---- arguments as they arrive from Python ----

export type Plain = unknown;

export const isNone = (x: Plain): x is null | undefined => x === null || x === undefined;

/** A "dtype" argument: a canonical dtype, or null for None. */
export const userDType = (d: string | null | undefined): DType | null => optionalUserDType(d ?? null);

/** An optional array argument given as plain data (None, an array, a Python scalar), as `ensure_arraylike` sees it. */
export function optionalArray(x: Plain, fname: string): Value | null {
  if (isNone(x)) return null;
  if (x instanceof ArrayValue || x instanceof Tracer) return x;
  if (typeof x === "boolean") return ArrayValue.pythonScalar("bool", x ? 1 : 0);
  if (typeof x === "number") return ArrayValue.pythonScalar(Number.isInteger(x) ? "int" : "float", x);
  if (Array.isArray(x))
    throw typeError(`${fname} requires ndarray or scalar arguments, got <class 'list'> at position 0.`);
  throw typeError(`Value ${String(x)} is not a valid JAX type`);
}

/** An int that must be known while tracing (`core.concrete_or_error(operator.index, ...)`). */
function staticIndex(x: Plain, context: string): number {
  if (x instanceof Tracer) throw concretizationError(x, `${context}\n`);
  return pyIndex(x as never);
}

/** `_ensure_optional_axes`: None, an int, or a tuple of ints, all known statically. */
export function staticAxes(axis: Plain): number | number[] | null {
  const context = "The axis argument must be known statically.";
  if (isNone(axis)) return null;
  if (Array.isArray(axis)) return axis.map((a: Plain) => staticIndex(a, context));
  return staticIndex(axis, context);
}

export function checkOutNone(out: Plain, name: string): void {
  if (!isNone(out))
    throw new EngineError("NotImplementedError", `The 'out' argument to jnp.${name} is not supported.`);
}

/** `check_where`. */
export function checkWhere(name: string, where: Value | null): Value | null {
  if (where !== null && where.aval.dtype !== "bool") {
    throw valueError(
      `jnp.${name}: where must be None or a boolean array; got where.dtype=dtype('${where.aval.dtype}').`,
    );
  }
  return where;
}

// ---- helpers ----

export const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

/** `jnp.ravel`. */
export const ravel = (x: Value): Value => reshape(x, [x.aval.size]);

/** A strongly typed scalar of `dtype`, as numpy scalars enter JAX (a literal in jaxprs). */
export function numpyScalar(dtype: DType, value: number): ArrayValue {
  return ArrayValue.fromNumbers(new ShapedArray([], dtype, false), [value], "numpy");
}

/** `_reduction_dims`: the canonical axes (all of them for None), with duplicates refused. */
export function reductionDims(ndim: number, axis: number | number[] | null): number[] {
  if (axis === null) return range(ndim);
  const axes = typeof axis === "number" ? [axis] : axis;
  const canon = axes.map((a) => canonicalizeAxis(a, ndim));
  if (new Set(canon).size !== canon.length) {
    throw valueError(`duplicate value in 'axis': ${typeof axis === "number" ? axis : shapeStr(axis)}`);
  }
  return canon;
}

/** `_promote_integer_dtype`: bools and narrow integers accumulate in the default integer types. */
function promoteIntegerDType(d: DType): DType {
  if (d === "bool") return "int32";
  if (isUnsigned(d)) return d === "uint8" || d === "uint16" ? "uint32" : d;
  if (isInteger(d)) return d === "int8" || d === "int16" ? "int32" : d;
  return d;
}

export const upcastF16 = (d: DType): DType => (d === "float16" || d === "bfloat16" ? "float32" : d);

// ---- jnp's `_reduction` ----

interface ReductionSpec {
  readonly name: string;
  readonly monoid: Monoid;
  /** The monoid used when the computation happens in bool (`bool_op`). */
  readonly boolMonoid: Monoid;
  /** The identity as numpy would write it: 0, 1, -inf, inf. */
  readonly init: number;
  readonly hasIdentity: boolean;
  readonly preproc?: (a: Value) => Value;
  readonly upcastF16: boolean;
  readonly promoteIntegers: boolean;
}

export interface ReductionArgs {
  readonly axis?: number | number[] | null;
  readonly dtype?: DType | null;
  readonly keepdims?: boolean;
  readonly initial?: Value | null;
  readonly where?: Value | null;
  readonly promoteIntegers?: boolean;
}

const MONOID_OPS: Record<Monoid, (x: Value, y: Value) => Value> = {
  sum: lax.add,
  prod: lax.mul,
  max: lax.max,
  min: lax.min,
  and: lax.bitwiseAnd,
  or: lax.bitwiseOr,
  xor: lax.bitwiseXor,
};

/** `_reduction_init_val`: the identity as a numpy scalar of the computation dtype. */
function reductionInitVal(d: DType, init: number): ArrayValue {
  if (d === "bool") return numpyScalar("bool", init > 0 ? 1 : 0);
  if (!isFloating(d) && !Number.isFinite(init))
    return numpyScalar(d, init < 0 ? maxIdentity(d) : minIdentity(d));
  return numpyScalar(d, init);
}

function reduction(a: Value, spec: ReductionSpec, args: ReductionArgs): Value {
  const where = checkWhere(spec.name, args.where ?? null);
  const initialArg = args.initial ?? null;
  if (initialArg === null && !spec.hasIdentity && where !== null) {
    throw valueError(
      `reduction operation ${spec.name} does not have an identity, so to use a where mask one has to specify 'initial'`,
    );
  }
  let x = spec.preproc ? spec.preproc(a) : a;
  const dims = reductionDims(x.aval.ndim, args.axis ?? null);
  if (initialArg === null && !spec.hasIdentity && !dims.every((d) => x.aval.shape[d] >= 1)) {
    throw valueError(`zero-size array to reduction operation ${spec.name} which has no identity`);
  }
  const dtype = args.dtype ?? null;
  const resultDType = dtype ?? (spec.promoteIntegers ? promoteIntegerDType(x.aval.dtype) : x.aval.dtype);
  const computation = spec.upcastF16 && isInexact(resultDType) ? upcastF16(resultDType) : resultDType;
  x = lax.convertElementType(x, computation);
  const monoid = computation === "bool" ? spec.boolMonoid : spec.monoid;
  if (where !== null) x = where3(where, x, reductionInitVal(computation, spec.init));
  let result = reduceMonoid(x, monoid, dims);
  if (initialArg !== null) {
    const initial = lax.convertElementType(initialArg, x.aval.dtype);
    if (initial.aval.ndim !== 0) {
      throw valueError(`initial value must be a scalar. Got array of shape ${shapeStr(initial.aval.shape)}`);
    }
    result = MONOID_OPS[monoid](initial, result);
  }
  if (args.keepdims) result = expandDims(result, dims);
  return lax.convertElementType(result, dtype ?? resultDType);
}

const castToNumeric = (a: Value): Value => promoteDTypesNumeric([a])[0];
const castToBool = (a: Value): Value => lax.convertElementType(a, "bool");

const SUM: ReductionSpec = {
  name: "sum",
  monoid: "sum",
  boolMonoid: "or",
  init: 0,
  hasIdentity: true,
  preproc: castToNumeric,
  upcastF16: true,
  promoteIntegers: true,
};
const PROD: ReductionSpec = { ...SUM, name: "prod", monoid: "prod", boolMonoid: "and", init: 1 };
const MAX: ReductionSpec = {
  name: "max",
  monoid: "max",
  boolMonoid: "max",
  init: -Infinity,
  hasIdentity: false,
  upcastF16: false,
  promoteIntegers: false,
};
const MIN: ReductionSpec = { ...MAX, name: "min", monoid: "min", boolMonoid: "min", init: Infinity };
const ALL: ReductionSpec = {
  name: "all",
  monoid: "and",
  boolMonoid: "and",
  init: 1,
  hasIdentity: true,
  preproc: castToBool,
  upcastF16: false,
  promoteIntegers: false,
};
const ANY: ReductionSpec = { ...ALL, name: "any", monoid: "or", boolMonoid: "or", init: 0 };

/** sum and prod upcast float16 only when no dtype is asked for, and promote integers unless told not to. */
const withDTypeRules = (spec: ReductionSpec, args: ReductionArgs): ReductionSpec => ({
  ...spec,
  upcastF16: (args.dtype ?? null) === null,
  promoteIntegers: args.promoteIntegers ?? true,
});

export const sum = (a: Value, args: ReductionArgs = {}): Value =>
  reduction(a, withDTypeRules(SUM, args), args);
export const prod = (a: Value, args: ReductionArgs = {}): Value =>
  reduction(a, withDTypeRules(PROD, args), args);
export const amax = (a: Value, args: ReductionArgs = {}): Value => reduction(a, MAX, args);
export const amin = (a: Value, args: ReductionArgs = {}): Value => reduction(a, MIN, args);
export const all = (a: Value, args: ReductionArgs = {}): Value => reduction(a, ALL, args);
export const any = (a: Value, args: ReductionArgs = {}): Value => reduction(a, ANY, args);

// ---- argmax, argmin ----

/** `jnp.argmax`/`argmin` (`_argmax`, an inline jit): the array is raveled when no axis is given. */
export function argExtremum(
  kind: "argmax" | "argmin",
  a: Value,
  axis: number | null,
  keepdims: boolean,
): Value {
  let x = a;
  let dims: number[];
  let ax: number;
  if (axis === null) {
    dims = range(x.aval.ndim);
    x = ravel(x);
    ax = 0;
  } else {
    dims = [axis];
    ax = axis;
  }
  // `a.shape[axis]` comes before any check of the axis, with Python's own error.
  const size = x.aval.shape.at(ax);
  if (size === undefined) throw new EngineError("IndexError", "tuple index out of range");
  if (size === 0) throw valueError(`attempt to get ${kind} of an empty sequence`);
  const result = argReduce(kind, x, canonicalizeAxis(ax, x.aval.ndim), "int32");
  return keepdims ? expandDims(result, dims) : result;
}

// ---- cumulative reductions ----

/** `_cumulative_reduction`. */
export function cumulativeReduction(
  name: "cumsum" | "cumprod",
  a: Value,
  axis: number | null,
  dtype: DType | null,
  promoteIntegers = false,
): Value {
  let x = a;
  // `_isscalar` inside the jit: a weakly typed 0-d value.
  if (axis === null || (x.aval.weakType && x.aval.ndim === 0)) x = reshape(x, [x.aval.size]);
  const ax = canonicalizeAxis(axis ?? 0, x.aval.ndim);
  let resultType: DType;
  let computation: DType;
  if (dtype === null) {
    resultType =
      promoteIntegers || x.aval.dtype === "bool" ? promoteIntegerDType(x.aval.dtype) : x.aval.dtype;
    computation = resultType;
  } else if (dtype === "bool") {
    // lax accumulates numbers only, and the values must not cancel: nonzero becomes one.
    resultType = "bool";
    if (x.aval.dtype !== "bool") x = ufuncs.notEqual(x, ArrayValue.pythonScalar("int", 0));
    computation = promoteIntegerDType(resultType);
  } else {
    resultType = dtype;
    computation = dtype;
  }
  x = lax.convertElementType(x, computation);
  return lax.convertElementType(cumulative(name, x, ax, false), resultType);
}

const cumsumJit = jitted("cumsum", ([a], [axis, dtype]) => [
  cumulativeReduction("cumsum", a, axis as number | null, dtype as DType | null),
]);
const cumprodJit = jitted("cumprod", ([a], [axis, dtype]) => [
  cumulativeReduction("cumprod", a, axis as number | null, dtype as DType | null),
]);

/** `jnp.cumsum`, jitted with `axis` and `dtype` static (as given: -1 and 1 are two traces, as in JAX). */
export const cumsum = (a: Value, axis: number | null = null, dtype: DType | null = null): Value =>
  cumsumJit([a], [axis, dtype])[0];

export const cumprod = (a: Value, axis: number | null = null, dtype: DType | null = null): Value =>
  cumprodJit([a], [axis, dtype])[0];

// ---- ptp, count_nonzero ----

const ptpJit = jitted("_ptp", ([a], [axis, keepdims]) => {
  const args = { axis: axis as number | number[] | null, keepdims: keepdims as boolean };
  return [lax.sub(amax(a, args), amin(a, args))];
});

const countNonzeroJit = jitted("count_nonzero", ([a], [axis, keepdims]) => [
  sum(lax.ne(a, numpyScalar(a.aval.dtype, 0)), {
    axis: axis as number | number[] | null,
    dtype: "int32",
    keepdims: keepdims as boolean,
  }),
]);

// ---- Python exports: jax.numpy ----

const A = { a: "array", dtype: "dtype" } as const;
const optionalIndex = (x: Plain): number | null => (isNone(x) ? null : staticIndex(x, ""));

for (const [name, f] of [
  ["sum", sum],
  ["prod", prod],
] as const) {
  exportJnp(
    name,
    "a, axis=None, dtype=None, out=None, keepdims=False, initial=None, where=None, promote_integers=True",
    A,
    ((
      a: Value,
      axis: Plain,
      dtype: string | null,
      out: Plain,
      keepdims: Plain,
      initial: Plain,
      where: Plain,
      promote: Plain,
    ) => {
      checkOutNone(out, name);
      return f(a, {
        axis: staticAxes(axis),
        dtype: userDType(dtype),
        keepdims: Boolean(keepdims),
        initial: optionalArray(initial, name),
        where: optionalArray(where, name),
        promoteIntegers: Boolean(promote),
      });
    }) as never,
  );
}

for (const [name, f, label] of [
  ["max", amax, "max"],
  ["min", amin, "min"],
  ["amax", amax, "max"],
  ["amin", amin, "min"],
] as const) {
  exportJnp(name, "a, axis=None, out=None, keepdims=False, initial=None, where=None", A, ((
    a: Value,
    axis: Plain,
    out: Plain,
    keepdims: Plain,
    initial: Plain,
    where: Plain,
  ) => {
    checkOutNone(out, label);
    return f(a, {
      axis: staticAxes(axis),
      keepdims: Boolean(keepdims),
      initial: optionalArray(initial, label),
      where: optionalArray(where, label),
    });
  }) as never);
}

for (const [name, f] of [
  ["all", all],
  ["any", any],
] as const) {
  exportJnp(name, "a, axis=None, out=None, keepdims=False, *, where=None", A, ((
    a: Value,
    axis: Plain,
    out: Plain,
    keepdims: Plain,
    where: Plain,
  ) => {
    checkOutNone(out, name);
    return f(a, { axis: staticAxes(axis), keepdims: Boolean(keepdims), where: optionalArray(where, name) });
  }) as never);
}

for (const kind of ["argmax", "argmin"] as const) {
  exportJnp(kind, "a, axis=None, out=None, keepdims=None", A, ((
    a: Value,
    axis: Plain,
    out: Plain,
    keepdims: Plain,
  ) => {
    checkOutNone(out, kind);
    return argExtremum(kind, a, optionalIndex(axis), Boolean(keepdims));
  }) as never);
}

for (const [name, f] of [
  ["cumsum", cumsum],
  ["cumprod", cumprod],
] as const) {
  exportJnp(name, "a, axis=None, dtype=None, out=None", A, ((
    a: Value,
    axis: Plain,
    dtype: string | null,
    out: Plain,
  ) => {
    checkOutNone(out, name);
    return f(a, optionalIndex(axis), userDType(dtype));
  }) as never);
}

exportJnp("ptp", "a, axis=None, out=None, keepdims=False", A, ((
  a: Value,
  axis: Plain,
  out: Plain,
  keepdims: Plain,
) => {
  checkOutNone(out, "ptp");
  return ptpJit([a], [staticAxes(axis), Boolean(keepdims)])[0];
}) as never);

exportJnp(
  "count_nonzero",
  "a, axis=None, keepdims=False",
  A,
  ((a: Value, axis: Plain, keepdims: Plain) =>
    countNonzeroJit([a], [staticAxes(axis), Boolean(keepdims)])[0]) as never,
);

// ---- Python exports: jax.lax ----

const OPERAND = { operand: "array", index_dtype: "dtype" } as const;
const axesTuple = (axes: Plain): number[] =>
  Array.isArray(axes) ? axes.map((a: Plain) => staticIndex(a, "")) : [staticIndex(axes, "")];

exportPy("jax.lax", "reduce_sum", "operand, axes, *, out_sharding=None", OPERAND, ((x: Value, axes: Plain) =>
  reduceMonoid(x, "sum", axesTuple(axes))) as never);
for (const kind of ["prod", "max", "min", "and", "or", "xor"] as const) {
  exportPy("jax.lax", `reduce_${kind}`, "operand, axes", OPERAND, ((x: Value, axes: Plain) =>
    reduceMonoid(x, kind, axesTuple(axes))) as never);
}
for (const kind of ["argmax", "argmin"] as const) {
  exportPy("jax.lax", kind, "operand, axis, index_dtype", OPERAND, ((
    x: Value,
    axis: Plain,
    indexDType: string | null,
  ) => {
    const d = userDType(indexDType);
    if (d === null) throw typeError("index_dtype must be an integer type, but got None");
    return argReduce(kind, x, staticIndex(axis, ""), d);
  }) as never);
}
for (const name of CUMULATIVE_NAMES) {
  exportPy("jax.lax", name, "operand, axis=0, reverse=False", OPERAND, ((
    x: Value,
    axis: Plain,
    reverse: Plain,
  ) => cumulative(name, x, staticIndex(axis, ""), Boolean(reverse))) as never);
}
