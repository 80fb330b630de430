// The Python-visible API: each entry names a function of a Python module (jax.numpy, jax.lax, jax.nn,
// numpy...), its Python signature, how the front end converts each argument, and its TypeScript body.
// The Python package generates a real Python function with that signature for every entry.

import { borrowingCall, pinningCall } from "../core/pinning.ts";
import type { Value } from "../core/values.ts";

/**
 * How the Python side converts an argument before calling TypeScript:
 * - "array": an array-like (Array, Python scalar, nested list, numpy array) becomes an engine Value;
 * - "arraylike": as "array", but nested lists and tuples are accepted (jnp.array, jnp.asarray);
 * - "optarray": as "array", but None stays null (optional array arguments such as clip's min and max);
 * - "arrays": a sequence of array-likes becomes a JS array of Values;
 * - "dtype": a dtype-like (jnp.float32, float, 'int32', np.dtype) becomes a dtype name, or null;
 * - "plain": plain data: None -> null, numbers, bools, strings, tuples/lists -> JS arrays (Arrays inside
 *   stay engine Values).
 */
export type ArgKind = "array" | "arraylike" | "optarray" | "arrays" | "dtype" | "plain";

/** What a TypeScript body returns: a Value, a tuple of results, or plain data. */
export type ApiResult = Value | readonly ApiResult[] | number | boolean | string | null;

export interface ApiFunction {
  readonly module: string;
  readonly name: string;
  /** The Python parameter list, e.g. "a, axis=None, dtype=None, keepdims=False". */
  readonly signature: string;
  /** Conversion per parameter name; parameters not listed are "plain". */
  readonly kinds: Readonly<Record<string, ArgKind>>;
  // Arguments arrive in signature order, converted as `kinds` says.
  readonly impl: (...args: never[]) => ApiResult;
}

const functions = new Map<string, ApiFunction>();

export interface ExportOptions {
  /**
   * The body only reads its array arguments, binding primitives on them (jnp's binary ufuncs): eager
   * results that it is given stay recyclable (core/pinning.ts). Otherwise its arguments are pinned.
   */
  readonly borrowsArrays?: boolean;
}

export function exportPy(
  module: string,
  name: string,
  signature: string,
  kinds: Readonly<Record<string, ArgKind>>,
  impl: (...args: never[]) => ApiResult,
  options: ExportOptions = {},
): void {
  const key = `${module}.${name}`;
  if (functions.has(key)) throw new Error(`${key} exported twice`);
  const call = options.borrowsArrays ? borrowingCall(impl) : pinningCall(impl);
  functions.set(key, { module, name, signature, kinds, impl: call });
}

export function apiFunction(module: string, name: string): ApiFunction | undefined {
  return functions.get(`${module}.${name}`);
}

export function apiFunctions(): ApiFunction[] {
  return [...functions.values()];
}
