// The jax.lax slicing functions as Python sees them (jax/_src/lax/slicing.py signatures).
import { exportPy, type ArgKind } from "../api/registry.ts";
import { valueError } from "../core/errors.ts";
import { ArrayValue, type Value } from "../core/values.ts";
import { jitted } from "../transforms/jit.ts";
import { expandDims, squeeze } from "./primitives/shape.ts";
import {
  dynamicSlice,
  dynamicSliceInDim,
  dynamicUpdateSlice,
  dynamicUpdateSliceInDim,
  indexInDim,
  slice,
  sliceInDim,
  type StartIndex,
} from "./slicing.ts";
import { sliceP } from "./primitives/indexing.ts";
import { bind1 } from "../core/trace.ts";

const LAX = "jax.lax";
const OPERAND: Record<string, ArgKind> = { operand: "array" };

/** Pyodide hands None over as undefined. */
const orNull = <T>(x: T | undefined): T | null => (x === undefined ? null : x);

/** Start indices: a sequence of ints and scalar arrays, or a 1-D array. */
function startIndexList(operand: Value, x: unknown): StartIndex[] {
  if (Array.isArray(x)) {
    const starts = x.map((i) => (typeof i === "bigint" ? Number(i) : (i as StartIndex)));
    lengthCheck(operand, starts.length);
    return starts;
  }
  const v = x as Value;
  lengthCheck(operand, v.aval.ndim === 0 ? 0 : v.aval.shape[0]);
  if (v.aval.ndim !== 1)
    throw valueError(`Slice indices must be a 1D sequence, got ${pyShape(v.aval.shape)}`);
  return Array.from({ length: v.aval.shape[0] }, (_, k) =>
    squeeze(bind1(sliceP, [v], { start_indices: [k], limit_indices: [k + 1], strides: null }), [0]),
  );
}

function pyShape(s: readonly number[]): string {
  return s.length === 1 ? `(${s[0]},)` : `(${s.join(", ")})`;
}

const asIndexValue = (i: StartIndex): Value =>
  typeof i === "number" ? ArrayValue.pythonScalar("int", i) : i;

function lengthCheck(operand: Value, n: number): void {
  if (n !== operand.aval.ndim) {
    throw valueError(
      `Length of slice indices must match number of operand dimensions (${n} vs ${pyShape(operand.aval.shape)})`,
    );
  }
}

exportPy(LAX, "slice", "operand, start_indices, limit_indices, strides=None", OPERAND, ((
  operand: Value,
  start: number[],
  limit: number[],
  strides: number[] | undefined,
) => slice(operand, start, limit, orNull(strides))) as never);

exportPy(
  LAX,
  "dynamic_slice",
  "operand, start_indices, slice_sizes, *, allow_negative_indices=True",
  OPERAND,
  ((operand: Value, start: unknown, sizes: number[], allow: boolean | boolean[]) => {
    const starts = startIndexList(operand, start);
    return dynamicSlice(operand, starts, sizes, allow);
  }) as never,
);

exportPy(
  LAX,
  "dynamic_update_slice",
  "operand, update, start_indices, *, allow_negative_indices=True",
  { operand: "array", update: "array" },
  ((operand: Value, update: Value, start: unknown, allow: boolean | boolean[]) => {
    const starts = startIndexList(operand, start);
    return dynamicUpdateSlice(operand, update, starts, allow);
  }) as never,
);

exportPy(LAX, "slice_in_dim", "operand, start_index, limit_index, stride=1, axis=0", OPERAND, ((
  operand: Value,
  start: number | undefined,
  limit: number | undefined,
  stride: number,
  axis: number,
) => sliceInDim(operand, orNull(start), orNull(limit), stride, axis)) as never);

exportPy(LAX, "index_in_dim", "operand, index, axis=0, keepdims=True", OPERAND, indexInDim as never);

exportPy(
  LAX,
  "dynamic_slice_in_dim",
  "operand, start_index, slice_size, axis=0, *, allow_negative_indices=True",
  OPERAND,
  dynamicSliceInDim as never,
);

exportPy(
  LAX,
  "dynamic_update_slice_in_dim",
  "operand, update, start_index, axis, *, allow_negative_indices=True",
  { operand: "array", update: "array" },
  dynamicUpdateSliceInDim as never,
);

/** `lax.dynamic_index_in_dim` is `@jit` with static axis, keepdims and allow_negative_indices. */
const dynamicIndexInDimJit = jitted("dynamic_index_in_dim", ([operand, index], statics) => {
  const [axis, keepdims, allow] = statics as [number, boolean, boolean];
  const result = dynamicSliceInDim(operand, index, 1, axis, allow);
  return [keepdims ? result : squeeze(result, [axis])];
});

exportPy(
  LAX,
  "dynamic_index_in_dim",
  "operand, index, axis=0, keepdims=True, *, allow_negative_indices=True",
  OPERAND,
  ((operand: Value, index: StartIndex, axis: number, keepdims: boolean, allow: boolean) =>
    dynamicIndexInDimJit([operand, asIndexValue(index)], [axis, keepdims, allow])[0]) as never,
);

/** `lax.dynamic_update_index_in_dim` is `@jit` with static axis and allow_negative_indices. */
const dynamicUpdateIndexInDimJit = jitted(
  "dynamic_update_index_in_dim",
  ([operand, update, index], statics) => {
    const [axis, allow] = statics as [number, boolean];
    const u = update.aval.ndim !== operand.aval.ndim ? expandDims(update, [axis]) : update;
    return [dynamicUpdateSliceInDim(operand, u, index, axis, allow)];
  },
);

exportPy(
  LAX,
  "dynamic_update_index_in_dim",
  "operand, update, index, axis, *, allow_negative_indices=True",
  { operand: "array", update: "array" },
  ((operand: Value, update: Value, index: StartIndex, axis: number, allow: boolean) =>
    dynamicUpdateIndexInDimJit([operand, update, asIndexValue(index)], [axis, allow])[0]) as never,
);
