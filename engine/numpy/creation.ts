// jnp's array creation (jax/_src/numpy/array_constructors.py, array_creation.py, lax_numpy.py), composed
// from lax as JAX composes it: jnp.array, asarray, zeros/ones/full/empty and their *_like, arange,
// linspace, eye, identity, tri/tril/triu, astype.
import { ShapedArray, type Shape, shapeStr } from "../core/aval.ts";
import {
  type DType,
  DEFAULT_FLOAT,
  dtypeInfo,
  isBool,
  isComplex,
  isExtended,
  isFloating,
  isInexact,
  isInteger,
  resultType,
} from "../core/dtypes.ts";
import { EngineError, notSupported, typeError, valueError } from "../core/errors.ts";
import { lookupPrimitive } from "../core/primitive.ts";
import { bind1 } from "../core/trace.ts";
import { ArrayValue, Tracer, type Value } from "../core/values.ts";
import { jaxArrayStr } from "../format/array-repr.ts";
import * as lax from "../lax/lax.ts";
import { broadcast, broadcastInDim, broadcastShapes } from "../lax/shapes.ts";
import { broadcastedIota, copy, iota } from "../lax/primitives/creation.ts";
import { convertValue } from "../lax/primitives/elementwise.ts";
import {
  canonicalizeAxis,
  concatenate,
  expandDims,
  isJaxArray,
  reshape,
  stack,
} from "../lax/primitives/shape.ts";
import { concretizationError } from "../python/concrete.ts";
import { jitted } from "../transforms/jit.ts";
import {
  type Plain,
  canonicalizeShape,
  checkArraylike,
  exportJnp,
  consumeListMark,
  isPythonScalar,
  markBuiltFromList,
  optionalUserDType,
  pyIndex,
  userDType,
} from "./array-args.ts";
import { add, equal, multiply, subtract, trueDivide } from "./ufuncs.ts";

const pyInt = (n: number): ArrayValue => ArrayValue.pythonScalar("int", n);
const pyFloat = (x: number): ArrayValue => ArrayValue.pythonScalar("float", x);

/** `dtypes.to_inexact_dtype`: integers and bools become float32 (x64 off). */
export function toInexact(d: DType): DType {
  return isInexact(d) ? d : DEFAULT_FLOAT;
}

// ---- jnp.array and jnp.asarray ----

/** `jnp.array`: `obj` arrives converted; values the front end built from Python lists are marked. */
export function array(
  obj: Value,
  dtypeName: string | null,
  copyArray = true,
  order: string | null = "K",
  ndmin = 0,
): Value {
  if (order !== null && order !== "K")
    throw new EngineError("NotImplementedError", "Only implemented for order='K'");
  // The mark says how the front end built `obj`; the array handed back is an ordinary JAX array.
  const fromList = consumeListMark(obj);
  // Lists and numpy arrays are numpy data: converted on the host, never copied by an equation.
  const host = obj instanceof ArrayValue && (fromList || obj.origin === "numpy");
  const pyScalar = isPythonScalar(obj) && !fromList;
  if (dtypeName === null && ndmin === 0 && !fromList) {
    if (obj instanceof Tracer) return copyArray ? copy(obj) : obj;
    if (pyScalar || host) return obj;
  }
  const dtype = optionalUserDType(dtypeName) ?? obj.aval.dtype;
  // Only a weakly typed input gives a weakly typed array (never a list).
  const weak = dtypeName === null && !fromList && obj.aval.weakType;
  let result: Value;
  if (host) result = hostConvert(obj as ArrayValue, dtype, weak);
  else result = lax.convertElementType(pyScalar || fromList || !copyArray ? obj : copy(obj), dtype, weak);
  if (ndmin > result.aval.ndim) result = expandDims(result, range(ndmin - result.aval.ndim));
  return result;
}

/** numpy's conversion of host data: no equation, even inside a trace; scalars stay numpy scalars. */
function hostConvert(x: ArrayValue, dtype: DType, weak: boolean): ArrayValue {
  if (x.aval.dtype === dtype && x.aval.weakType === weak) return x;
  const converted = convertValue(x, dtype, x.aval.withDType(dtype, weak));
  return new ArrayValue(converted.aval, converted.data, x.origin === "numpy" ? "numpy" : "jax");
}

export const asarray = (
  a: Value,
  dtypeName: string | null,
  order: string | null,
  copyArray: boolean | null,
): Value => array(a, dtypeName, copyArray === true, order);

/**
 * jnp.array of nested lists that hold arrays or tracers: each element is made an array of the common
 * dtype, given a leading axis and concatenated (in chunks of 16), level by level, as JAX does.
 */
export function arrayFromLeaves(
  leaves: readonly Value[],
  shape: readonly number[],
  dtypeName: string | null,
): Value {
  const dtype =
    optionalUserDType(dtypeName) ??
    (leaves.length
      ? resultType(leaves.map((v) => ({ dtype: v.aval.dtype, weak: v.aval.weakType }))).dtype
      : DEFAULT_FLOAT);
  return markBuiltFromList(buildNested(leaves, shape, dtype));
}

function buildNested(leaves: readonly Value[], shape: readonly number[], dtype: DType): Value {
  if (shape.length === 0) return lax.convertElementType(leaves[0], dtype, false);
  if (!leaves.some(isJaxArray)) {
    // A sub-list of Python scalars only: numpy builds it, and it enters a trace as a constant.
    const values = leaves.map((v) => Number((v as ArrayValue).scalar()));
    return ArrayValue.fromNumbers(new ShapedArray([...shape], dtype, false), values);
  }
  const inner = shape.slice(1);
  const per = leaves.length / shape[0];
  let parts: Value[] = [];
  for (let i = 0; i < shape[0]; i++) {
    parts.push(expandDims(buildNested(leaves.slice(i * per, (i + 1) * per), inner, dtype), [0]));
  }
  while (parts.length > 16) {
    const chunks: Value[] = [];
    for (let i = 0; i < parts.length; i += 16) chunks.push(concatenate(parts.slice(i, i + 16), 0));
    parts = chunks;
  }
  return lax.convertElementType(concatenate(parts, 0), dtype, false);
}

// ---- full, zeros, ones, empty and their *_like ----

/** `lax.full`: the fill value converted (at trace time when it is a Python scalar), then broadcast. */
export function full(shape: Shape, fillValue: Value, dtype: DType | null): Value {
  if (fillValue.aval.ndim !== 0) {
    throw typeError(
      `full must be called with scalar fill_value, got fill_value.shape ${shapeTupleOf(fillValue)}.`,
    );
  }
  if (dtype !== null && isExtended(dtype)) return fullKeys(shape, fillValue);
  const weak = dtype === null && fillValue.aval.weakType;
  const fill = lax.convertElementType(fillValue, dtype ?? fillValue.aval.dtype, weak);
  return broadcast(fill, shape);
}

/** `KeyTyRules.full`: PRNG keys whose uint32 words all hold the fill value. */
function fullKeys(shape: Shape, fillValue: Value): Value {
  if (isExtended(fillValue.aval.dtype)) throw notSupported("filling an array with a PRNG key");
  const words = full([...shape, 2], fillValue, "uint32");
  return bind1(lookupPrimitive("random_wrap"), [words], { impl: "fry" });
}

/** `lax.full_like`. */
export function fullLike(x: Value, fillValue: Value, dtype: DType | null, shape: Shape | null): Value {
  const weak = dtype === null && x.aval.weakType;
  const d = dtype ?? x.aval.dtype;
  if (isExtended(d)) return fullKeys(shape ?? x.aval.shape, fillValue);
  return full(shape ?? x.aval.shape, lax.convertElementType(fillValue, d, weak), null);
}

const shapeTupleOf = (v: Value): string =>
  v.aval.ndim === 1 ? `(${v.aval.shape[0]},)` : `(${v.aval.shape.join(", ")})`;

function creationDType(dtypeName: string | null): DType {
  return dtypeName === null ? DEFAULT_FLOAT : userDType(dtypeName);
}

export const zeros = (shape: Plain, dtypeName: string | null): Value =>
  full(canonicalizeShape(shape), pyInt(0), creationDType(dtypeName));

export const ones = (shape: Plain, dtypeName: string | null): Value =>
  full(canonicalizeShape(shape), pyInt(1), creationDType(dtypeName));

/** jnp.full: a non-scalar fill value is broadcast to the shape. */
export function jnpFull(shape: Plain, fillValue: Value, dtypeName: string | null): Value {
  checkArraylike("full", [fillValue]);
  const dtype = optionalUserDType(dtypeName);
  if (fillValue.aval.ndim === 0) return full(canonicalizeShape(shape), fillValue, dtype);
  return broadcastTo(array(fillValue, dtype, false), canonicalizeShape(shape));
}

function likeArgs(shape: Plain, dtypeName: string | null): [DType | null, number[] | null] {
  return [optionalUserDType(dtypeName), shape === null ? null : canonicalizeShape(shape)];
}

export function zerosLike(a: Value, dtypeName: string | null, shape: Plain): Value {
  const [dtype, s] = likeArgs(shape, dtypeName);
  return fullLike(a, pyInt(0), dtype, s);
}

export function onesLike(a: Value, dtypeName: string | null, shape: Plain): Value {
  const [dtype, s] = likeArgs(shape, dtypeName);
  return fullLike(a, pyInt(1), dtype, s);
}

export function jnpFullLike(a: Value, fillValue: Value, dtypeName: string | null, shape: Plain): Value {
  checkArraylike("full_like", [null, fillValue]);
  const [dtype, s] = likeArgs(shape, dtypeName);
  if (fillValue.aval.ndim === 0) return fullLike(a, fillValue, dtype, s);
  const d = dtype ?? resultType([{ dtype: a.aval.dtype, weak: a.aval.weakType }]).dtype;
  return broadcastTo(array(fillValue, d, false), s ?? a.aval.shape);
}

/** `lax.broadcast_to` (jnp's `_broadcast_to`), with JAX's message. */
export function broadcastTo(x: Value, shape: Shape): Value {
  const a = x.aval;
  if (a.ndim === shape.length && a.shape.every((d, i) => d === shape[i])) return x;
  const nlead = shape.length - a.ndim;
  const compatible = nlead >= 0 && a.shape.every((d, i) => d === 1 || d === shape[nlead + i]);
  if (shape.length < a.ndim) {
    throw valueError(
      `Cannot broadcast to shape with fewer dimensions: arr_shape=${shapeStr(a.shape)} shape=${shapeStr(shape)}`,
    );
  }
  if (!compatible) {
    const requested = new ShapedArray(shape, a.dtype).strLong();
    throw valueError(
      `Incompatible types for broadcasting: input type=${a.strLong()} and requested type=${requested}`,
    );
  }
  return broadcastInDim(x, shape, range(shape.length).slice(nlead));
}

export function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

// ---- arange ----

function concreteBound(v: Value | null, name: string): ArrayValue | null {
  if (v === null) return null;
  if (v instanceof Tracer) throw concretizationError(v, `It arose in the jnp.arange argument '${name}'`);
  return v as ArrayValue;
}

const numberOf = (v: ArrayValue): number => Number(v.scalar());

export function arange(
  startIn: Value,
  stopIn: Value | null,
  stepIn: Value | null,
  dtypeName: string | null,
): Value {
  const requested = optionalUserDType(dtypeName);
  const startName = stopIn === null && stepIn === null ? "stop" : "start";
  let start: ArrayValue | null = concreteBound(startIn, startName);
  let stop = concreteBound(stopIn, "stop");
  const step = concreteBound(stepIn, "step");
  for (const [name, v] of [
    [startName, start],
    ["stop", stop],
    ["step", step],
  ] as const) {
    if (v !== null && v.aval.ndim !== 0) {
      throw valueError(`jax.numpy.arange: arguments must be scalars; got ${name}=${jaxArrayStr(v)}`);
    }
  }
  const bounds = [start, stop, step].filter((v): v is ArrayValue => v !== null);
  if (bounds.some((v) => isComplex(v.aval.dtype))) {
    throw valueError(
      "Passing complex start/stop/step to jnp.arange is no longer supported starting in JAX v0.10.0.",
    );
  }
  const dtype =
    requested ?? resultType(bounds.map((v) => ({ dtype: v.aval.dtype, weak: v.aval.weakType }))).dtype;
  if (stop === null) [start, stop] = [pyInt(0), start];
  const startV = start as ArrayValue;
  const stopV = stop as ArrayValue;
  if (step !== null) {
    const working = isFloating(dtype) && dtypeInfo(dtype).bits < 32 ? "float32" : dtype;
    const stepN = numberOf(step);
    if (stepN === 0) throw new EngineError("ZeroDivisionError", "division by zero");
    const size = Math.max(0, Math.ceil((numberOf(stopV) - numberOf(startV)) / stepN));
    const ramp = lax.mul(lax.convertElementType(step, working), iota(working, size));
    return lax.convertElementType(lax.add(lax.convertElementType(startV, working), ramp), dtype);
  }
  if (numberOf(startV) === 0) return iota(dtype, Math.max(0, Math.ceil(numberOf(stopV))));
  const size = Math.max(0, Math.ceil(numberOf(stopV) - numberOf(startV)));
  return lax.add(lax.convertElementType(startV, dtype), iota(dtype, size));
}

// ---- linspace ----

const nan = (): ArrayValue => pyFloat(NaN);

/** JAX's `@jit`-ed `_linspace` (num, endpoint, retstep, dtype and axis are static). */
const linspaceJit = jitted("_linspace", ([startIn, stopIn], statics) => {
  const [num, endpoint, retstep, dtypeName, axisIn] = statics as [
    number,
    boolean,
    boolean,
    DType | null,
    number,
  ];
  if (num < 0) throw valueError(`Number of samples, ${num}, must be non-negative.`);
  const dtype =
    dtypeName ??
    toInexact(
      resultType([startIn, stopIn].map((v) => ({ dtype: v.aval.dtype, weak: v.aval.weakType }))).dtype,
    );
  const computation = toInexact(dtype);
  const start = lax.convertElementType(startIn, computation, false);
  const stop = lax.convertElementType(stopIn, computation, false);
  const boundsShape = [...broadcastShapes("linspace", [start.aval.shape, stop.aval.shape])];
  const broadcastStart = broadcastTo(start, boundsShape);
  const broadcastStop = broadcastTo(stop, boundsShape);
  const axis = axisIn < 0 ? boundsShape.length + axisIn + 1 : axisIn;
  boundsShape.splice(axis, 0, 1);
  const div = endpoint ? num - 1 : num;
  let out: Value;
  let delta: Value;
  if (num > 1) {
    delta = trueDivide(
      lax.convertElementType(subtract(stop, start), computation, false),
      asarrayOf(div, computation),
    );
    const iotaShape = boundsShape.map(() => 1);
    iotaShape[axis] = div;
    const realDType = computation === "complex64" ? "float32" : computation;
    let step = trueDivide(reshape(iota(realDType, div), iotaShape), asarrayOf(div, realDType));
    step = lax.convertElementType(step, computation, false);
    out = add(
      multiply(reshape(broadcastStart, boundsShape), subtract(pyInt(1), step)),
      multiply(reshape(broadcastStop, boundsShape), step),
    );
    if (endpoint) {
      out = concatenate([out, expandDims(broadcastStop, [axis])], canonicalizeAxis(axis, out.aval.ndim));
    }
  } else if (num === 1) {
    delta = endpoint
      ? lax.convertElementType(nan(), computation, false)
      : array(subtract(stop, start), computation, false);
    out = reshape(broadcastStart, boundsShape);
  } else {
    const emptyShape = [...broadcastShapes("linspace", [start.aval.shape, stop.aval.shape])];
    emptyShape.splice(axis, 0, 0);
    delta = full([], nan(), computation);
    out = full(emptyShape, pyInt(0), dtype);
  }
  if (isInteger(dtype) && !isInteger(out.aval.dtype)) out = lax.floor(out);
  const result = lax.convertElementType(out, dtype, false);
  return retstep ? [result, delta] : [result];
});

/** `asarray(n, dtype=d)` of a Python int: a numpy scalar, i.e. a literal of that dtype. */
const asarrayOf = (n: number, d: DType): Value => lax.convertElementType(pyInt(n), d, false);

export function linspace(
  start: Value,
  stop: Value,
  num: Plain,
  endpoint: boolean,
  retstep: boolean,
  dtypeName: string | null,
  axis: Plain,
): Value | Value[] {
  if (num instanceof Tracer) throw concretizationError(num, "'num' argument of jnp.linspace");
  const n = pyIndex(num);
  if (axis instanceof Tracer) throw concretizationError(axis, "'axis' argument of jnp.linspace");
  const outs = linspaceJit(
    [start, stop],
    [n, endpoint, retstep, optionalUserDType(dtypeName), pyIndex(axis)],
  );
  return retstep ? outs : outs[0];
}

// ---- eye, identity, tri, tril, triu ----

function dimArg(v: Plain, context: string): number {
  return canonicalizeShape([v], context)[0];
}

export function eye(N: Plain, M: Plain, k: Value, dtypeName: string | null): Value {
  const dtype = creationDType(dtypeName);
  if (!(k.aval.ndim === 0 && isInteger(k.aval.dtype))) {
    throw valueError(
      `k must be a scalar integer; got ${k instanceof ArrayValue ? jaxArrayStr(k) : "a tracer"}`,
    );
  }
  const n = dimArg(N, "argument of 'N' jnp.eye()");
  const m = M === null ? n : dimArg(M, "argument 'M' of jnp.eye()");
  if (n < 0 || m < 0)
    throw valueError(`negative dimensions are not allowed, got ${n} and ${M === null ? "None" : m}`);
  const i = broadcastedIota(k.aval.dtype, [n, m], 0);
  const j = broadcastedIota(k.aval.dtype, [n, m], 1);
  return astype(equal(add(i, k), j), dtype);
}

/** `lax._tri`: a boolean mask `i + k >= j`, converted by a bare convert_element_type. */
export function tri(N: Plain, M: Plain, k: Plain, dtypeName: string | null): Value {
  const dtype = dtypeName === null ? "float32" : userDType(dtypeName);
  const shape = canonicalizeShape([N, M === null ? N : M]);
  const offset = k instanceof ArrayValue || k instanceof Tracer ? k : pyInt(pyIndex(k));
  if (!isInteger(offset.aval.dtype)) throw typeError(`offset must be an integer, got ${String(k)}`);
  const mask = lax.ge(
    lax.add(broadcastedIota("int32", shape, 0), astype(offset, "int32")),
    broadcastedIota("int32", shape, 1),
  );
  return lax.convertElementType(mask, dtype, false);
}

function triangle(name: "tril" | "triu") {
  return jitted(name, ([m], [k]) => {
    const shape = m.aval.shape;
    if (shape.length < 2) throw valueError(`Argument to jax.numpy.${name} must be at least 2D`);
    const [n, cols] = shape.slice(-2);
    const mask = tri(n, cols, name === "tril" ? (k as number) : (k as number) - 1, "bool");
    const which = broadcast(mask, shape.slice(0, -2));
    const zero = fullLike(m, pyInt(0), null, null);
    return [name === "tril" ? lax.select(which, m, zero) : lax.select(which, zero, m)];
  });
}
const trilJit = triangle("tril");
const triuJit = triangle("triu");

// ---- astype ----

export function astype(x: Value, dtypeName: string | null, copyArray = false): Value {
  // PRNGKeyArray.astype is an abstract method in JAX.
  if (isExtended(x.aval.dtype))
    throw new EngineError("NotImplementedError", "Cannot call abstract method astype");
  const dtype = dtypeName === null ? DEFAULT_FLOAT : userDType(dtypeName);
  let arr = x;
  if (isComplex(x.aval.dtype) && isBool(dtype))
    arr = lax.ne(x, lax.convertElementType(pyInt(0), x.aval.dtype, false));
  const result = lax.convertElementType(arr, dtype, false);
  return copyArray ? copy(result) : result;
}

// ---- meshgrid, indices ----

export function meshgrid(
  xi: readonly Value[],
  copyArrays: boolean,
  sparse: boolean,
  indexing: string,
): Value[] {
  checkArraylike("meshgrid", xi);
  const args = [...xi];
  if (!copyArrays) throw valueError("jax.numpy.meshgrid only supports copy=True");
  if (indexing !== "xy" && indexing !== "ij") {
    throw valueError(`Valid values for indexing are 'xy' and 'ij', got ${indexing}`);
  }
  if (args.some((a) => a.aval.ndim !== 1)) {
    const shapes = args.map((a) => shapeStr(a.aval.shape)).join(", ");
    throw valueError(`Arguments to jax.numpy.meshgrid must be 1D, got shapes [${shapes}]`);
  }
  const swap = indexing === "xy" && args.length >= 2;
  if (swap) [args[0], args[1]] = [args[1], args[0]];
  const shape = args.map((a) => (sparse ? 1 : a.aval.shape[0]));
  const out = args.map((a, i) => {
    const s = sparse ? shape.map((d, j) => (j === i ? a.aval.shape[0] : d)) : shape;
    return broadcastInDim(a, s, [i]);
  });
  if (swap) [out[0], out[1]] = [out[1], out[0]];
  return out;
}

export function indices(dimensions: Plain, dtypeName: string | null, sparse: boolean): Value | Value[] {
  const dtype = dtypeName === null ? "int32" : userDType(dtypeName);
  const dims = (Array.isArray(dimensions) ? (dimensions as readonly Plain[]) : [dimensions]).map((d) => {
    if (d instanceof Tracer) throw concretizationError(d, "dimensions argument of jnp.indices");
    return pyIndex(d);
  });
  const output = dims.map((dim, i) => {
    const s = sparse ? dims.map((_, j) => (j === i ? dim : 1)) : dims;
    return broadcastInDim(iota(dtype, dim), s, [i]);
  });
  if (sparse) return output;
  if (output.length === 0) return ArrayValue.fromNumbers(new ShapedArray([0], dtype), []);
  return stack(output, 0);
}

// ---- Python exports ----

const A = "array" as const;

exportJnp(
  "array",
  "object, dtype=None, copy=True, order='K', ndmin=0, *, device=None, out_sharding=None",
  { object: "arraylike", dtype: "dtype" },
  ((
    obj: Value,
    dtype: string | null,
    copyArray: boolean,
    order: string | null,
    ndmin: number,
    _d: unknown,
    sharding: unknown,
  ) => {
    if (sharding !== null) throw notSupported("the out_sharding argument of jnp.array");
    return array(obj, dtype, copyArray, order, ndmin);
  }) as never,
);
exportJnp(
  "asarray",
  "a, dtype=None, order=None, *, copy=None, device=None, out_sharding=None",
  { a: "arraylike", dtype: "dtype" },
  ((a: Value, dtype: string | null, order: string | null, copyArray: boolean | null) =>
    asarray(a, dtype, order, copyArray)) as never,
);
exportJnp("_array_from_leaves", "leaves, shape, dtype", { leaves: "plain" }, ((
  leaves: Value[],
  shape: number[],
  dtype: string | null,
) => arrayFromLeaves(leaves, shape, dtype)) as never);

exportJnp(
  "zeros",
  "shape, dtype=None, *, device=None, out_sharding=None",
  { dtype: "dtype" },
  zeros as never,
);
exportJnp("ones", "shape, dtype=None, *, device=None, out_sharding=None", { dtype: "dtype" }, ones as never);
exportJnp(
  "empty",
  "shape, dtype=None, *, device=None, out_sharding=None",
  { dtype: "dtype" },
  zeros as never,
);
exportJnp(
  "full",
  "shape, fill_value, dtype=None, *, device=None, out_sharding=None",
  { fill_value: "arraylike", dtype: "dtype" },
  jnpFull as never,
);
exportJnp(
  "zeros_like",
  "a, dtype=None, shape=None, *, device=None, out_sharding=None",
  { a: A, dtype: "dtype" },
  zerosLike as never,
);
exportJnp(
  "ones_like",
  "a, dtype=None, shape=None, *, device=None, out_sharding=None",
  { a: A, dtype: "dtype" },
  onesLike as never,
);
exportJnp(
  "empty_like",
  "prototype, dtype=None, shape=None, *, device=None",
  { prototype: A, dtype: "dtype" },
  zerosLike as never,
);
exportJnp(
  "full_like",
  "a, fill_value, dtype=None, shape=None, *, device=None, out_sharding=None",
  { a: A, fill_value: "arraylike", dtype: "dtype" },
  jnpFullLike as never,
);
exportJnp(
  "arange",
  "start, stop=None, step=None, dtype=None, *, device=None, out_sharding=None",
  { start: A, stop: "optarray", step: "optarray", dtype: "dtype" },
  arange as never,
);
exportJnp(
  "linspace",
  "start, stop, num=50, endpoint=True, retstep=False, dtype=None, axis=0, *, device=None",
  { start: A, stop: A, dtype: "dtype" },
  linspace as never,
);
exportJnp("eye", "N, M=None, k=0, dtype=None, *, device=None", { k: A, dtype: "dtype" }, eye as never);
exportJnp("identity", "n, dtype=None", { dtype: "dtype" }, ((n: Plain, dtype: string | null) =>
  eye(n, null, pyInt(0), dtype)) as never);
exportJnp("tri", "N, M=None, k=0, dtype=None", { dtype: "dtype" }, tri as never);
exportJnp("tril", "m, k=0", { m: A }, ((m: Value, k: Plain) => trilJit([m], [pyIndex(k)])[0]) as never);
exportJnp("triu", "m, k=0", { m: A }, ((m: Value, k: Plain) => triuJit([m], [pyIndex(k)])[0]) as never);
exportJnp("astype", "x, dtype, /, *, copy=False, device=None", { x: A, dtype: "dtype" }, astype as never);
exportJnp("copy", "a, order=None", { a: A }, ((a: Value, order: string | null) => {
  checkArraylike("copy", [a]);
  return array(a, null, true, order);
}) as never);
exportJnp("meshgrid", "*xi, copy=True, sparse=False, indexing='xy'", { xi: "arrays" }, meshgrid as never);
exportJnp("indices", "dimensions, dtype=None, sparse=False", { dtype: "dtype" }, indices as never);
