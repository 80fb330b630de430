// How jnp functions read their Python arguments: shapes, axes and indices (operator.index semantics with
// JAX's errors), values built from Python lists, and the JAX arrays they hand back.
import { jaxError, typeError } from "../core/errors.ts";
import { type DType, canonicalize, isBool, isDType, isInteger } from "../core/dtypes.ts";
import { currentTrace } from "../core/trace.ts";
import { ArrayValue, Tracer, type Value } from "../core/values.ts";
import { exportPy, type ApiResult, type ArgKind } from "../api/registry.ts";
import { errorRepr, originMessage } from "../python/concrete.ts";
import { pyFloatRepr } from "../core/pyrepr.ts";

// ---- values that Python built from (nested) lists ----

const fromPythonLists = new WeakSet<Value>();

/** Called for every array the front end builds from a Python list or tuple (numpy's `np.asarray(list)`). */
export function markBuiltFromList<V extends Value>(v: V): V {
  fromPythonLists.add(v);
  return v;
}

export function isBuiltFromList(v: Value): boolean {
  return fromPythonLists.has(v);
}

/** As isBuiltFromList, for the function that turns the list into an array: the mark goes away. */
export function consumeListMark(v: Value): boolean {
  return fromPythonLists.delete(v);
}

/** A Python bool, int or float (not an array): weakly typed unless bool. */
export function isPythonScalar(v: Value): v is ArrayValue {
  return v instanceof ArrayValue && v.origin === "python";
}

/** `check_arraylike`: lists and tuples are refused, with the position JAX reports. */
export function checkArraylike(name: string, values: readonly (Value | null)[]): void {
  values.forEach((v, pos) => {
    if (v !== null && isBuiltFromList(v)) {
      throw typeError(`${name} requires ndarray or scalar arguments, got <class 'list'> at position ${pos}.`);
    }
  });
}

// ---- results ----

/**
 * Outside any trace, JAX hands back JAX arrays: a Python or numpy scalar that a function returns as is
 * (jnp.asarray(3.0), jnp.zeros(())) becomes a concrete weak-or-strong array, which a later trace sees as
 * a constant, not a literal. Inside a trace it stays a literal.
 */
export function jaxResult<R extends ApiResult>(r: R): R {
  if (r instanceof ArrayValue) {
    if (r.origin !== "jax" && currentTrace().kind === "eval")
      return new ArrayValue(r.aval, r.data, "jax") as R;
    return r;
  }
  if (Array.isArray(r)) return r.map((x) => jaxResult(x as ApiResult)) as unknown as R;
  return r;
}

/** Pyodide hands Python's None over as `undefined`; the bodies here expect null. */
function noneToNull(x: unknown): unknown {
  if (x === undefined) return null;
  if (Array.isArray(x)) return x.map(noneToNull);
  return x;
}

/** `exportPy` for jnp functions: None arguments arrive as null, results pass through `jaxResult`. */
export function exportJnp(
  name: string,
  signature: string,
  kinds: Readonly<Record<string, ArgKind>>,
  impl: (...args: never[]) => ApiResult,
  module = "jax.numpy",
): void {
  const wrapped = (...args: unknown[]) => jaxResult(impl(...(args.map(noneToNull) as never[])));
  exportPy(module, name, signature, kinds, wrapped as never);
}

// ---- integers, shapes and axes from plain Python data ----

/** What a "plain" argument can hold. */
export type Plain = number | boolean | string | null | Value | readonly Plain[];

function isValue(x: unknown): x is Value {
  return x instanceof ArrayValue || x instanceof Tracer;
}

/** Python's repr of a plain value, for messages; tracers print as `JitTracer(~int32[])`. */
export function plainRepr(x: Plain): string {
  if (x === null) return "None";
  if (typeof x === "boolean") return x ? "True" : "False";
  if (typeof x === "number") return Number.isInteger(x) ? String(x) : pyFloatRepr(x);
  if (typeof x === "string") return `'${x}'`;
  if (isValue(x)) return valueRepr(x);
  const items = (x as readonly Plain[]).map(plainRepr);
  return items.length === 1 ? `(${items[0]},)` : `(${items.join(", ")})`;
}

function valueRepr(v: Value): string {
  if (v instanceof Tracer) return v.pyRepr();
  if (v.aval.ndim === 0) {
    const s = v.scalar();
    return typeof s === "boolean" ? (s ? "True" : "False") : plainRepr(s);
  }
  return `Array(${v.aval.strLong()})`;
}

/** `operator.index(x)`, or null when Python would raise TypeError. Tracers raise JAX's error. */
function tryIndex(x: Plain): number | null {
  if (typeof x === "boolean") return x ? 1 : 0;
  if (typeof x === "number") return Number.isInteger(x) ? x : null;
  if (isValue(x)) {
    const d = x.aval.dtype;
    if (x.aval.ndim !== 0 || !(isInteger(d) || isBool(d))) return null;
    if (x instanceof Tracer) return null;
    return Number(x.scalar());
  }
  return null;
}

/** `operator.index(x)` with Python's and JAX's errors. */
export function pyIndex(x: Plain): number {
  const i = tryIndex(x);
  if (i !== null) return i;
  if (x instanceof Tracer) {
    throw jaxError(
      "TracerIntegerConversionError",
      `The __index__() method was called on ${errorRepr(x)}${originMessage(x)}`,
    );
  }
  if (isValue(x)) throw typeError("only integer scalar arrays can be converted to a scalar index");
  throw typeError(`'${pyTypeName(x)}' object cannot be interpreted as an integer`);
}

function pyTypeName(x: Plain): string {
  if (x === null) return "NoneType";
  if (typeof x === "number") return Number.isInteger(x) ? "int" : "float";
  if (typeof x === "string") return "str";
  if (typeof x === "boolean") return "bool";
  return "tuple";
}

/**
 * `core.canonicalize_shape` (as jnp's creation functions call it: a single int or a 1-d array is a shape
 * of one or more dims). `context` is appended to JAX's message, as in "argument of 'N' jnp.eye()".
 */
export function canonicalizeShape(shape: Plain, context = ""): number[] {
  let dims: readonly Plain[];
  if (Array.isArray(shape)) dims = shape as readonly Plain[];
  else if (shape instanceof ArrayValue && shape.aval.ndim === 1 && isInteger(shape.dtype)) {
    dims = Array.from(shape.data as ArrayLike<number>);
  } else dims = [shape];
  const out: number[] = [];
  for (const d of dims) {
    const i = tryIndex(d);
    if (i === null) throw shapeError(dims, context);
    out.push(i);
  }
  return out;
}

function shapeError(dims: readonly Plain[], context: string): Error {
  let msg = `Shapes must be 1D sequences of concrete values of integer type, got ${plainRepr(dims)}.`;
  if (context) msg += ` ${context}.`;
  const tracers = dims.filter((d): d is Tracer => d instanceof Tracer);
  if (tracers.length) {
    msg += "\nIf using `jit`, try using `static_argnums` or applying `jit` to smaller subfunctions.";
    for (const t of tracers) msg += originMessage(t);
  }
  return typeError(msg);
}

/** `_ensure_index_tuple`: an int or a sequence of ints. */
export function ensureIndexTuple(x: Plain): number[] {
  if (Array.isArray(x)) return (x as readonly Plain[]).map(pyIndex);
  return [pyIndex(x)];
}

/** A shape as Python prints it in messages: `(2, 3)`, `(3,)`. */
export function shapeTuple(dims: readonly number[]): string {
  return plainRepr(dims);
}

// ---- dtypes given by the user ----

const PY_TYPE_DTYPES: Record<string, DType> = {
  float: "float32",
  int: "int32",
  bool: "bool",
  complex: "complex64",
};

/** `check_and_canonicalize_user_dtype`: the front end sends a dtype name, or a Python type's name. */
export function userDType(name: string): DType {
  const d = PY_TYPE_DTYPES[name] ?? name;
  if (!isDType(d)) throw typeError(`data type '${name}' not understood`);
  return canonicalize(d);
}

export function optionalUserDType(name: string | null): DType | null {
  return name === null ? null : userDType(name);
}
