// jnp's reductions (jax/_src/numpy/reductions.py) and jax.lax's reduction functions, composed from
// primitives as JAX composes them: which wrappers are `@jit` (with their names and arguments), which
// conversions appear, and where literals come from.
import { ShapedArray, type Shape, shapeStr } from "../core/aval.ts";
import { type DType, isFloating, isInexact, isInteger, isUnsigned } from "../core/dtypes.ts";
import { notSupported, typeError, valueError, EngineError } from "../core/errors.ts";
import { lookupPrimitive } from "../core/primitive.ts";
import { bind1 } from "../core/trace.ts";
import { ArrayValue, Tracer, type Value } from "../core/values.ts";
import { exportPy, type ApiResult } from "../api/registry.ts";
import * as lax from "../lax/lax.ts";
import { canonicalizeAxis, expandDims, reshape } from "../lax/primitives/shape.ts";
import {
  argmaxP,
  argminP,
  maxIdentity,
  minIdentity,
  reduceAndP,
  reduceMaxP,
  reduceMinP,
  reduceOrP,
  reduceProdP,
  reduceSumP,
  reduceXorP,
} from "../lax/primitives/reduce.ts";
import { cumlogsumexpP, cummaxP, cumminP, cumprodP, cumsumP } from "../lax/primitives/cumulative.ts";
import { jitted } from "../transforms/jit.ts";
import { concretizationError } from "../python/concrete.ts";
import { resolveDType } from "../python/bridge.ts";
import { broadcastTo } from "./creation.ts";
import { where3 } from "./where.ts";
import { promoteDTypesInexact, promoteDTypesNumeric } from "./promotion.ts";
import * as ufuncs from "./ufuncs.ts";

// ---- arguments as they arrive from Python ----

export type Plain = unknown;

export const isNone = (x: Plain): x is null | undefined => x === null || x === undefined;

/** A "dtype" argument: a dtype name (canonicalized), or null for None. */
export function userDType(d: string | null | undefined): DType | null {
  return d === null || d === undefined ? null : resolveDType(d);
}

/** An optional array argument passed as plain data: None, a Value, or a Python scalar. */
export function optionalArray(x: Plain, fname: string, position: number): Value | null {
  if (isNone(x)) return null;
  if (x instanceof ArrayValue || x instanceof Tracer) return x;
  if (typeof x === "boolean") return ArrayValue.pythonScalar("bool", x ? 1 : 0);
  if (typeof x === "number") return ArrayValue.pythonScalar(Number.isInteger(x) ? "int" : "float", x);
  if (Array.isArray(x)) {
    throw typeError(`${fname} requires ndarray or scalar arguments, got <class 'list'> at position ${position}.`);
  }
  throw typeError(`Value ${String(x)} is not a valid JAX type`);
}

function staticInt(x: Plain, context: string): number {
  if (typeof x === "number") return x;
  if (typeof x === "boolean") return x ? 1 : 0;
  if (x instanceof Tracer) throw concretizationError(x, `${context}\n`);
  if (x instanceof ArrayValue && x.aval.ndim === 0 && (isInteger(x.dtype) || x.dtype === "bool")) return Number(x.scalar());
  throw typeError(`'${typeof x}' object cannot be interpreted as an integer`);
}

/** `_ensure_optional_axes`: None, an int, or a tuple of ints, all known statically. */
export function staticAxes(axis: Plain): number | number[] | null {
  const context = "The axis argument must be known statically.";
  if (isNone(axis)) return null;
  if (Array.isArray(axis)) return axis.map((a: Plain) => staticInt(a, context));
  return staticInt(axis, context);
}

function axisRepr(axis: number | readonly number[]): string {
  return typeof axis === "number" ? String(axis) : shapeStr(axis);
}

function checkOutNone(out: Plain, name: string): void {
  if (!isNone(out)) throw new EngineError("NotImplementedError", `The 'out' argument to jnp.${name} is not supported.`);
}

// ---- helpers ----

const prod = (xs: readonly number[]): number => xs.reduce((a, b) => a * b, 1);

/** `jnp.ravel`. */
export const ravel = (x: Value): Value => reshape(x, [x.aval.size]);

/** A strongly typed scalar of `dtype`, as numpy scalars enter JAX (a literal in jaxprs). */
export function numpyScalar(dtype: DType, value: number): ArrayValue {
  return ArrayValue.fromNumbers(new ShapedArray([], dtype, false), [value], "numpy");
}

/** `util._where(condition, x, y)`, the jitted core of jnp.where. */
const whereJit = (args: readonly Value[]): Value[] => [where3(args[0], args[1], args[2])];

// ---- lax reductions ----

type Monoid = "sum" | "prod" | "max" | "min" | "and" | "or" | "xor";

const REDUCERS = {
  sum: reduceSumP,
  prod: reduceProdP,
  max: reduceMaxP,
  min: reduceMinP,
  and: reduceAndP,
  or: reduceOrP,
  xor: reduceXorP,
} as const;

export function reduceMonoid(x: Value, kind: Monoid, axes: readonly number[]): Value {
  if (kind === "sum") return bind1(reduceSumP, [x], { axes: [...axes], out_sharding: null });
  return bind1(REDUCERS[kind], [x], { axes: [...axes] });
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

export const reduceSum = (x: Value, axes: readonly number[]): Value => reduceMonoid(x, "sum", axes);

export function argReduce(kind: "argmax" | "argmin", x: Value, axis: number, indexDType: DType): Value {
  return bind1(kind === "argmax" ? argmaxP : argminP, [x], { axes: [axis], index_dtype: indexDType });
}

const CUMULATIVE = { cumsum: cumsumP, cumprod: cumprodP, cummax: cummaxP, cummin: cumminP, cumlogsumexp: cumlogsumexpP };
type CumulativeName = keyof typeof CUMULATIVE;

export function cumulative(name: CumulativeName, x: Value, axis: number, reverse: boolean): Value {
  return bind1(CUMULATIVE[name], [x], { axis, reverse });
}

// ---- jnp's `_reduction` ----

interface ReductionSpec {
  readonly name: string;
  readonly monoid: Monoid;
  /** The monoid used when the computation happens in bool (`bool_op`). */
  readonly boolMonoid: Monoid;
  /** The identity as numpy would write it: 0, 1, -inf, inf, true, false. */
  readonly init: number;
  readonly hasIdentity: boolean;
  readonly preproc?: (a: Value) => Value;
  readonly upcastF16: boolean;
  readonly promoteIntegers: boolean;
}

export interface ReductionArgs {
  readonly axis: Plain;
  readonly dtype: DType | null;
  readonly keepdims: boolean;
  readonly initial: Value | null;
  readonly where: Value | null;
}

/** `_reduction_dims`: the canonical axes (all of them for None), with duplicates refused. */
export function reductionDims(ndim: number, axis: number | number[] | null): number[] {
  if (axis === null) return Array.from({ length: ndim }, (_, i) => i);
  const axes = typeof axis === "number" ? [axis] : axis;
  const canon = axes.map((a) => canonicalizeAxis(a, ndim));
  if (new Set(canon).size !== canon.length) throw valueError(`duplicate value in 'axis': ${axisRepr(axis)}`);
  return canon;
}

/** `_promote_integer_dtype`: bools and narrow integers sum in the default integer types. */
function promoteIntegerDType(d: DType): DType {
  if (d === "bool") return "int32";
  if (isUnsigned(d)) return d === "uint8" || d === "uint16" ? "uint32" : d;
  if (isInteger(d)) return d === "int8" || d === "int16" ? "int32" : d;
  return d;
}

const upcastF16 = (d: DType): DType => (d === "float16" || d === "bfloat16" ? "float32" : d);

/** `_reduction_init_val`: the identity as a numpy scalar of the computation dtype. */
function reductionInitVal(d: DType, init: number): ArrayValue {
  if (d === "bool") return numpyScalar("bool", init > 0 ? 1 : 0);
  if (!isFloating(d) && !Number.isFinite(init)) return numpyScalar(d, init < 0 ? maxIdentity(d) : minIdentity(d));
  return numpyScalar(d, init);
}

/** `check_where`. */
function checkWhere(name: string, where: Value | null): Value | null {
  if (where !== null && where.aval.dtype !== "bool") {
    throw valueError(`jnp.${name}: where must be None or a boolean array; got where.dtype=dtype('${where.aval.dtype}').`);
  }
  return where;
}

function reduction(a: Value, spec: ReductionSpec, args: ReductionArgs): Value {
  const where = checkWhere(spec.name, args.where);
  const axis = staticAxes(args.axis);
  if (args.initial === null && !spec.hasIdentity && where !== null) {
    throw valueError(
      `reduction operation ${spec.name} does not have an identity, so to use a where mask one has to specify 'initial'`,
    );
  }
  let x = spec.preproc ? spec.preproc(a) : a;
  const dims = reductionDims(x.aval.ndim, axis);
  if (args.initial === null && !spec.hasIdentity && !dims.every((d) => x.aval.shape[d] >= 1)) {
    throw valueError(`zero-size array to reduction operation ${spec.name} which has no identity`);
  }
  let resultDType: DType;
  if (args.dtype === null) resultDType = spec.promoteIntegers ? promoteIntegerDType(x.aval.dtype) : x.aval.dtype;
  else resultDType = args.dtype;
  const computation = spec.upcastF16 && isInexact(resultDType) ? upcastF16(resultDType) : resultDType;
  x = lax.convertElementType(x, computation);
  const monoid = computation === "bool" ? spec.boolMonoid : spec.monoid;
  const init = reductionInitVal(computation, spec.init);
  if (where !== null) x = whereJit([where, x, init])[0];
  let result = reduceMonoid(x, monoid, dims);
  if (args.initial !== null) {
    const initial = lax.convertElementType(args.initial, x.aval.dtype);
    if (initial.aval.ndim !== 0) {
      throw valueError(`initial value must be a scalar. Got array of shape ${shapeStr(initial.aval.shape)}`);
    }
    result = MONOID_OPS[monoid](initial, result);
  }
  if (args.keepdims) result = expandDims(result, dims);
  return lax.convertElementType(result, args.dtype ?? resultDType);
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

export function sum(a: Value, args: Partial<ReductionArgs> & { promoteIntegers?: boolean } = {}): Value {
  const spec = { ...SUM, upcastF16: (args.dtype ?? null) === null, promoteIntegers: args.promoteIntegers ?? true };
  return reduction(a, spec, withDefaults(args));
}

export function prodOf(a: Value, args: Partial<ReductionArgs> & { promoteIntegers?: boolean } = {}): Value {
  const spec = { ...PROD, upcastF16: (args.dtype ?? null) === null, promoteIntegers: args.promoteIntegers ?? true };
  return reduction(a, spec, withDefaults(args));
}

export const amax = (a: Value, args: Partial<ReductionArgs> = {}): Value => reduction(a, MAX, withDefaults(args));
export const amin = (a: Value, args: Partial<ReductionArgs> = {}): Value => reduction(a, MIN, withDefaults(args));
export const all = (a: Value, args: Partial<ReductionArgs> = {}): Value => reduction(a, ALL, withDefaults(args));
export const anyOf = (a: Value, args: Partial<ReductionArgs> = {}): Value => reduction(a, ANY, withDefaults(args));

function withDefaults(args: Partial<ReductionArgs>): ReductionArgs {
  return {
    axis: args.axis ?? null,
    dtype: args.dtype ?? null,
    keepdims: args.keepdims ?? false,
    initial: args.initial ?? null,
    where: args.where ?? null,
  };
}

// ---- mean, var, std, average ----

const toInexact = (d: DType): DType => (isInexact(d) ? d : "float32");

/** `_count`: how many elements each result averages, as a computation-dtype value. */
function count(a: Value, axis: number | number[] | null, keepdims: boolean, where: Value | null, dtype: DType): Value {
  if (where === null) {
    const shape = a.aval.shape;
    const sizeAt = (d: number): number => {
      const n = shape.at(d);
      if (n === undefined) throw new EngineError("IndexError", "tuple index out of range");
      return n;
    };
    const n = axis === null ? a.aval.size : prod((typeof axis === "number" ? [axis] : axis).map(sizeAt));
    return lax.convertElementType(ArrayValue.pythonScalar("int", n), dtype);
  }
  return sum(broadcastTo(where, a.aval.shape), { axis, dtype, keepdims });
}

export function mean(a: Value, axis: Plain, dtype: DType | null, keepdims: boolean, where: Value | null): Value {
  checkWhere("mean", where);
  const ax = staticAxes(axis);
  const resultDType = dtype ?? toInexact(a.aval.dtype);
  const upcast = dtype === null;
  const computation = upcast && isInexact(resultDType) ? upcastF16(resultDType) : resultDType;
  const normalizer = count(a, ax, keepdims, where, computation);
  const total = sum(a, { axis: ax, dtype: computation, keepdims, where });
  return lax.convertElementType(divideByCount(total, normalizer), resultDType);
}

/**
 * jnp.mean runs compiled, and XLA's algebraic simplifier turns a division by a constant into a multiplication
 * by its reciprocal (rounded to the dtype): `jnp.mean(jnp.arange(7))` is 21 * float32(1/7) = 3.0000002.
 * Evaluated at once, Traceur does the same; traced, the jaxpr keeps JAX's `div`.
 */
function divideByCount(total: Value, normalizer: Value): Value {
  if (total instanceof ArrayValue && normalizer instanceof ArrayValue && normalizer.origin !== "jax" && isFloating(normalizer.dtype)) {
    const reciprocal = ArrayValue.fromNumbers(normalizer.aval, [1 / Number(normalizer.scalar())], "numpy");
    return lax.mul(total, reciprocal);
  }
  return lax.div(total, normalizer);
}

/** `_var_promote_types`. */
function varPromoteTypes(aDType: DType, dtype: DType | null): [DType, DType] {
  if (dtype !== null) return [upcastF16(dtype), dtype];
  const d = toInexact(aDType);
  return [upcastF16(d), d];
}

const NAN = (): ArrayValue => ArrayValue.pythonScalar("float", NaN);

/** `_var`, jitted: arguments (a, [a_mean], correction, [where]). */
const varJit = jitted("_var", (args, statics) => {
  const [axis, dtype, keepdims, hasMean, hasWhere] = statics as [number | number[] | null, DType | null, boolean, boolean, boolean];
  let i = 0;
  let a = args[i++];
  const aMean = hasMean ? args[i++] : null;
  const correction = args[i++];
  const where = hasWhere ? args[i++] : null;
  const [computation, resultDType] = varPromoteTypes(a.aval.dtype, dtype);
  a = lax.convertElementType(a, computation);
  const m = aMean === null ? mean(a, axis, computation, true, where) : lax.convertElementType(aMean, computation);
  const centered = lax.square(lax.sub(a, m));
  let normalizer = count(a, axis, keepdims, where, computation);
  normalizer = lax.sub(normalizer, lax.convertElementType(correction, computation));
  let result = sum(centered, { axis, dtype: computation, keepdims, where });
  result = lax.convertElementType(lax.div(result, normalizer), resultDType);
  return whereJit([ufuncs.greater(normalizer, ArrayValue.pythonScalar("int", 0)), result, NAN()]);
});

interface VarArgs {
  readonly axis: Plain;
  readonly dtype: DType | null;
  readonly ddof: Plain;
  readonly keepdims: boolean;
  readonly where: Value | null;
  readonly mean: Value | null;
  readonly correction: Plain;
}

function correctionOf(args: VarArgs): Value {
  let c: Plain = args.correction;
  if (isNone(c)) c = args.ddof ?? 0;
  else if (!(typeof args.ddof === "number" && args.ddof === 0) && !isNone(args.ddof)) {
    throw valueError("ddof and correction can't be provided simultaneously.");
  }
  return optionalArray(c, "var", 0) as Value;
}

function checkInexactDType(name: string, dtype: DType | null): void {
  if (dtype !== null && !isInexact(dtype)) throw valueError(`dtype argument to jnp.${name} must be inexact; got ${dtype}`);
}

export function variance(a: Value, args: VarArgs): Value {
  const correction = correctionOf(args);
  const statics = [staticAxes(args.axis), args.dtype, args.keepdims, args.mean !== null, args.where !== null];
  const operands = [a, ...(args.mean ? [args.mean] : []), correction, ...(args.where ? [args.where] : [])];
  checkWhere("var", args.where);
  return varJit(operands, statics)[0];
}

/** `_std`, jitted: arguments (a, correction, [mean], [where]). */
const stdJit = jitted("_std", (args, statics) => {
  const [axis, dtype, keepdims, hasMean, hasWhere] = statics as [number | number[] | null, DType | null, boolean, boolean, boolean];
  let i = 0;
  const a = args[i++];
  const correction = args[i++];
  const m = hasMean ? args[i++] : null;
  const where = hasWhere ? args[i++] : null;
  checkInexactDType("std", dtype);
  const v = variance(a, { axis, dtype, ddof: 0, keepdims, where, mean: m, correction });
  return [lax.sqrt(v)];
});

export function std(a: Value, args: VarArgs): Value {
  const correction = correctionOf(args);
  checkWhere("std", args.where);
  const statics = [staticAxes(args.axis), args.dtype, args.keepdims, args.mean !== null, args.where !== null];
  const operands = [a, correction, ...(args.mean ? [args.mean] : []), ...(args.where ? [args.where] : [])];
  return stdJit(operands, statics)[0];
}

export function average(a: Value, axis: Plain, weights: Value | null, returned: boolean, keepdims: boolean): ApiResult {
  const ax = staticAxes(axis);
  const ndim = a.aval.ndim;
  const axisTuple = ax === null ? Array.from({ length: ndim }, (_, i) => i) : reductionDims(ndim, ax);
  let avg: Value;
  let weightsSum: Value;
  if (weights === null) {
    const [x] = promoteDTypesInexact([a]);
    avg = mean(x, ax, null, keepdims, null);
    const n = ax === null ? x.aval.size : prod(axisTuple.map((d) => x.aval.shape[d]));
    weightsSum = numpyScalar(avg.aval.dtype, n);
  } else {
    const [x, w0] = promoteDTypesInexact([a, weights]);
    let w = w0;
    if (x.aval.shape.join() !== w.aval.shape.join()) {
      if (ax === null) throw valueError("Axis must be specified when shapes of a and weights differ.");
      if (w.aval.shape.join() !== axisTuple.map((d) => x.aval.shape[d]).join()) {
        throw valueError("Shape of weights must be consistent with shape of a along specified axis.");
      }
      if (!axisTuple.every((d, i) => i === 0 || d > axisTuple[i - 1])) {
        throw notSupported("jnp.average with weights over unsorted axes");
      }
      w = reshape(w, x.aval.shape.map((d, i) => (axisTuple.includes(i) ? d : 1)));
    }
    weightsSum = sum(w, { axis: ax, keepdims });
    avg = ufuncs.trueDivide(sum(ufuncs.multiply(x, w), { axis: ax, keepdims }), weightsSum);
  }
  if (!returned) return avg;
  if (avg.aval.shape.join() !== weightsSum.aval.shape.join()) weightsSum = broadcastTo(weightsSum, avg.aval.shape);
  return [avg, weightsSum];
}

// ---- argmax, argmin ----

export function argExtremum(kind: "argmax" | "argmin", a: Value, axis: Plain, keepdims: boolean): Value {
  const ax = isNone(axis) ? null : staticInt(axis, "");
  let x = a;
  let dims: number[];
  let axisIndex: number;
  if (ax === null) {
    dims = Array.from({ length: x.aval.ndim }, (_, i) => i);
    x = ravel(x);
    axisIndex = 0;
  } else {
    dims = [ax];
    axisIndex = ax;
  }
  const size = x.aval.shape.at(axisIndex);
  if (size === undefined || axisIndex < -x.aval.ndim) throw new EngineError("IndexError", "tuple index out of range");
  if (size === 0) throw valueError(`attempt to get ${kind} of an empty sequence`);
  const result = argReduce(kind, x, canonicalizeAxis(axisIndex, x.aval.ndim), "int32");
  return keepdims ? expandDims(result, dims) : result;
}

// ---- cumulative reductions ----

/** `_isscalar` inside a jit: a weakly typed 0-d value. */
const isWeakScalar = (x: Value): boolean => x.aval.weakType && x.aval.ndim === 0;

function cumulativeReduction(name: "cumsum" | "cumprod", a: Value, axis: number | null, dtype: DType | null): Value {
  let x = a;
  if (axis === null || isWeakScalar(x)) x = reshape(x, [x.aval.size]);
  const ax = canonicalizeAxis(axis ?? 0, x.aval.ndim);
  let resultType: DType;
  let computation: DType;
  if (dtype === null) {
    resultType = x.aval.dtype === "bool" ? promoteIntegerDType(x.aval.dtype) : x.aval.dtype;
    computation = resultType;
  } else if (dtype === "bool") {
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

export function cumsum(a: Value, axis: Plain = null, dtype: DType | null = null): Value {
  const ax = isNone(axis) ? null : staticInt(axis, "");
  return cumsumJit([a], [ax, dtype])[0];
}

export function cumprod(a: Value, axis: Plain = null, dtype: DType | null = null): Value {
  const ax = isNone(axis) ? null : staticInt(axis, "");
  return cumprodJit([a], [ax, dtype])[0];
}

// ---- ptp, count_nonzero ----

const ptpJit = jitted("_ptp", ([a], [axis, keepdims]) => {
  const x = amax(a, { axis: axis as Plain, keepdims: keepdims as boolean });
  const y = amin(a, { axis: axis as Plain, keepdims: keepdims as boolean });
  return [lax.sub(x, y)];
});

const countNonzeroJit = jitted("count_nonzero", ([a], [axis, keepdims]) => [
  sum(lax.ne(a, numpyScalar(a.aval.dtype, 0)), { axis: axis as Plain, dtype: "int32", keepdims: keepdims as boolean }),
]);

// ---- Python exports: jax.numpy ----

const A = { a: "array", dtype: "dtype" } as const;
const bool = (x: Plain): boolean => Boolean(x);

type ReductionFn = (a: Value, args: Partial<ReductionArgs> & { promoteIntegers?: boolean }) => Value;

function exportSumLike(name: string, f: ReductionFn): void {
  exportPy(
    "jax.numpy",
    name,
    "a, axis=None, dtype=None, out=None, keepdims=False, initial=None, where=None, promote_integers=True",
    A,
    ((a: Value, axis: Plain, dtype: string | null, out: Plain, keepdims: Plain, initial: Plain, where: Plain, promote: Plain) => {
      checkOutNone(out, name);
      return f(a, {
        axis: staticAxes(axis),
        dtype: userDType(dtype),
        keepdims: bool(keepdims),
        initial: optionalArray(initial, name, 0),
        where: optionalArray(where, name, 0),
        promoteIntegers: bool(promote),
      });
    }) as never,
  );
}
exportSumLike("sum", sum);
exportSumLike("prod", prodOf);

function exportMaxLike(name: string, f: ReductionFn, label: string): void {
  exportPy(
    "jax.numpy",
    name,
    "a, axis=None, out=None, keepdims=False, initial=None, where=None",
    A,
    ((a: Value, axis: Plain, out: Plain, keepdims: Plain, initial: Plain, where: Plain) => {
      checkOutNone(out, label);
      return f(a, {
        axis: staticAxes(axis),
        keepdims: bool(keepdims),
        initial: optionalArray(initial, label, 0),
        where: optionalArray(where, label, 0),
      });
    }) as never,
  );
}
exportMaxLike("max", amax, "max");
exportMaxLike("min", amin, "min");
exportMaxLike("amax", amax, "max");
exportMaxLike("amin", amin, "min");

function exportAllLike(name: string, f: ReductionFn): void {
  exportPy(
    "jax.numpy",
    name,
    "a, axis=None, out=None, keepdims=False, *, where=None",
    A,
    ((a: Value, axis: Plain, out: Plain, keepdims: Plain, where: Plain) => {
      checkOutNone(out, name);
      return f(a, { axis: staticAxes(axis), keepdims: bool(keepdims), where: optionalArray(where, name, 0) });
    }) as never,
  );
}
exportAllLike("all", all);
exportAllLike("any", anyOf);

exportPy(
  "jax.numpy",
  "mean",
  "a, axis=None, dtype=None, out=None, keepdims=False, *, where=None",
  A,
  ((a: Value, axis: Plain, dtype: string | null, out: Plain, keepdims: Plain, where: Plain) => {
    checkOutNone(out, "mean");
    return mean(a, staticAxes(axis), userDType(dtype), bool(keepdims), optionalArray(where, "mean", 0));
  }) as never,
);

for (const [name, f] of [
  ["var", variance],
  ["std", std],
] as const) {
  exportPy(
    "jax.numpy",
    name,
    "a, axis=None, dtype=None, out=None, ddof=0, keepdims=False, *, where=None, mean=None, correction=None",
    A,
    ((a: Value, axis: Plain, dtype: string | null, out: Plain, ddof: Plain, keepdims: Plain, where: Plain, m: Plain, correction: Plain) => {
      const d = userDType(dtype);
      if (name === "std") checkInexactDType("std", d);
      checkOutNone(out, name);
      return f(a, {
        axis,
        dtype: d,
        ddof,
        keepdims: bool(keepdims),
        where: optionalArray(where, name, 0),
        mean: optionalArray(m, name, 0),
        correction,
      });
    }) as never,
  );
}

exportPy(
  "jax.numpy",
  "average",
  "a, axis=None, weights=None, returned=False, keepdims=False",
  A,
  ((a: Value, axis: Plain, weights: Plain, returned: Plain, keepdims: Plain) =>
    average(a, axis, optionalArray(weights, "average", 1), bool(returned), bool(keepdims))) as never,
);

for (const kind of ["argmax", "argmin"] as const) {
  exportPy(
    "jax.numpy",
    kind,
    "a, axis=None, out=None, keepdims=None",
    A,
    ((a: Value, axis: Plain, out: Plain, keepdims: Plain) => {
      checkOutNone(out, kind);
      return argExtremum(kind, a, axis, bool(keepdims));
    }) as never,
  );
}

for (const [name, f] of [
  ["cumsum", cumsum],
  ["cumprod", cumprod],
] as const) {
  exportPy(
    "jax.numpy",
    name,
    "a, axis=None, dtype=None, out=None",
    A,
    ((a: Value, axis: Plain, dtype: string | null, out: Plain) => {
      checkOutNone(out, name);
      return f(a, axis, userDType(dtype));
    }) as never,
  );
}

exportPy(
  "jax.numpy",
  "ptp",
  "a, axis=None, out=None, keepdims=False",
  A,
  ((a: Value, axis: Plain, out: Plain, keepdims: Plain) => {
    checkOutNone(out, "ptp");
    return ptpJit([a], [staticAxes(axis), bool(keepdims)])[0];
  }) as never,
);

exportPy(
  "jax.numpy",
  "count_nonzero",
  "a, axis=None, keepdims=False",
  A,
  ((a: Value, axis: Plain, keepdims: Plain) => countNonzeroJit([a], [staticAxes(axis), bool(keepdims)])[0]) as never,
);

// ---- Python exports: jax.lax ----

const OPERAND = { operand: "array", index_dtype: "dtype" } as const;
const axesTuple = (axes: Plain): number[] => (Array.isArray(axes) ? axes.map((a: Plain) => staticInt(a, "")) : [staticInt(axes, "")]);

exportPy("jax.lax", "reduce_sum", "operand, axes, *, out_sharding=None", OPERAND, ((x: Value, axes: Plain) =>
  reduceMonoid(x, "sum", axesTuple(axes))) as never);
for (const kind of ["prod", "max", "min", "and", "or", "xor"] as const) {
  exportPy("jax.lax", `reduce_${kind}`, "operand, axes", OPERAND, ((x: Value, axes: Plain) =>
    reduceMonoid(x, kind, axesTuple(axes))) as never);
}
for (const kind of ["argmax", "argmin"] as const) {
  exportPy("jax.lax", kind, "operand, axis, index_dtype", OPERAND, ((x: Value, axis: Plain, indexDType: string | null) => {
    if (indexDType === null || indexDType === undefined) throw typeError("index_dtype must be an integer type, but got None");
    return argReduce(kind, x, staticInt(axis, ""), resolveDType(indexDType));
  }) as never);
}
for (const name of Object.keys(CUMULATIVE) as CumulativeName[]) {
  exportPy("jax.lax", name, "operand, axis=0, reverse=False", OPERAND, ((x: Value, axis: Plain, reverse: Plain) =>
    cumulative(name, x, staticInt(axis, ""), bool(reverse))) as never);
}
