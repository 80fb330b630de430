// jax.lax's shape and creation functions as Python sees them (lax's own signatures: no promotion).
import { type DType } from "../core/dtypes.ts";
import { notSupported, valueError } from "../core/errors.ts";
import { Tracer, type Value } from "../core/values.ts";
import {
  canonicalizeShape,
  ensureIndexTuple,
  exportJnp,
  optionalUserDType,
  type Plain,
  pyIndex,
  userDType,
} from "../numpy/array-args.ts";
import { full, fullLike } from "../numpy/creation.ts";
import { broadcast, broadcastInDim, broadcastToRank } from "./shapes.ts";
import { broadcastedIota, iota } from "./primitives/creation.ts";
import { topK } from "./primitives/top-k.ts";
import {
  type PadConfigEntry,
  concatenate,
  expandDims,
  pad,
  reshape,
  rev,
  sort,
  split,
  squeeze,
  stack,
  tile,
  transpose,
  unstack,
} from "./primitives/shape.ts";

const LAX = "jax.lax";
const A = "array" as const;

function lax(
  name: string,
  signature: string,
  kinds: Record<string, "array" | "arrays" | "dtype">,
  impl: unknown,
): void {
  exportJnp(name, signature, kinds, impl as never, LAX);
}

function noSharding(name: string, sharding: unknown): void {
  if (sharding !== null) throw notSupported(`the out_sharding argument of lax.${name}`);
}

const ints = (xs: Plain): number[] => ensureIndexTuple(xs);

/** lax unpacks one array given for a sequence into its rows. */
const operandList = (xs: Value[] | Value): Value[] => (Array.isArray(xs) ? xs : unstack(xs, 0));

lax(
  "reshape",
  "operand, new_sizes, dimensions=None, *, out_sharding=None",
  { operand: A },
  (x: Value, newSizes: Plain, dimensions: Plain, sharding: unknown) => {
    noSharding("reshape", sharding);
    return reshape(x, canonicalizeShape(newSizes), dimensions === null ? null : ints(dimensions));
  },
);
lax("transpose", "operand, permutation", { operand: A }, (x: Value, perm: Plain) => transpose(x, ints(perm)));
lax("squeeze", "array, dimensions", { array: A }, (x: Value, dims: Plain) => squeeze(x, ints(dims)));
lax("expand_dims", "array, dimensions", { array: A }, (x: Value, dims: Plain) => expandDims(x, ints(dims)));
lax("concatenate", "operands, dimension", { operands: "arrays" }, (xs: Value[] | Value, d: Plain) =>
  concatenate(operandList(xs), pyIndex(d)),
);
lax("stack", "operands, axis=0", { operands: "arrays" }, (xs: Value[] | Value, axis: Plain) =>
  stack(operandList(xs), pyIndex(axis)),
);
lax("split", "operand, sizes, axis=0", { operand: A }, (x: Value, sizes: Plain, axis: Plain) =>
  split(x, ints(sizes), pyIndex(axis)),
);
lax("unstack", "x, axis=0", { x: A }, (x: Value, axis: Plain) => unstack(x, pyIndex(axis)));
lax("tile", "operand, reps", { operand: A }, (x: Value, reps: Plain) => tile(x, ints(reps)));
lax("rev", "operand, dimensions", { operand: A }, (x: Value, dims: Plain) => rev(x, ints(dims)));
lax(
  "pad",
  "operand, padding_value, padding_config",
  { operand: A, padding_value: A },
  (x: Value, value: Value, config: Plain) => {
    if (!Array.isArray(config))
      throw valueError("padding_config must be a sequence of (low, high, interior) tuples");
    const entries = (config as readonly Plain[]).map((c) => ints(c) as unknown as PadConfigEntry);
    return pad(x, value, entries);
  },
);
lax(
  "sort",
  "operand, dimension=-1, is_stable=True, num_keys=1",
  {},
  (operand: Value | Value[], dimension: Plain, isStable: boolean, numKeys: Plain) => {
    if (Array.isArray(operand)) return sort(operand, pyIndex(dimension), isStable, pyIndex(numKeys));
    if (pyIndex(numKeys) !== 1)
      throw valueError(`num_keys=${pyIndex(numKeys)} must equal 1 for a single operand.`);
    return sort([operand as Value], pyIndex(dimension), isStable, 1)[0];
  },
);
lax(
  "sort_key_val",
  "keys, values, dimension=-1, is_stable=True",
  { keys: A, values: A },
  (keys: Value, values: Value, dimension: Plain, isStable: boolean) =>
    sort([keys, values], pyIndex(dimension), isStable, 1),
);
lax("top_k", "operand, k, *, axis=-1", { operand: A }, (operand: Value, k: Plain, axis: Plain) =>
  topK(operand, pyIndex(k), pyIndex(axis)),
);
lax("iota", "dtype, size", { dtype: "dtype" }, (dtype: string, size: Plain) =>
  iota(userDType(dtype), canonicalizeShape([size])[0]),
);
lax(
  "broadcasted_iota",
  "dtype, shape, dimension, *, out_sharding=None",
  { dtype: "dtype" },
  (dtype: string, shape: Plain, dimension: Plain, sharding: unknown) => {
    noSharding("broadcasted_iota", sharding);
    if (dimension instanceof Tracer) throw notSupported("a traced dimension in lax.broadcasted_iota");
    return broadcastedIota(userDType(dtype) as DType, canonicalizeShape(shape), pyIndex(dimension));
  },
);
lax(
  "full",
  "shape, fill_value, dtype=None, *, sharding=None",
  { fill_value: A, dtype: "dtype" },
  (shape: Plain, fill: Value, dtype: string | null, sharding: unknown) => {
    noSharding("full", sharding);
    return full(canonicalizeShape(shape), fill, optionalUserDType(dtype));
  },
);
lax(
  "full_like",
  "x, fill_value, dtype=None, shape=None, sharding=None",
  { x: A, fill_value: A, dtype: "dtype" },
  (x: Value, fill: Value, dtype: string | null, shape: Plain, sharding: unknown) => {
    noSharding("full_like", sharding);
    return fullLike(x, fill, optionalUserDType(dtype), shape === null ? null : canonicalizeShape(shape));
  },
);
lax(
  "broadcast",
  "operand, sizes, *, out_sharding=None",
  { operand: A },
  (x: Value, sizes: Plain, sharding: unknown) => {
    noSharding("broadcast", sharding);
    return broadcast(x, canonicalizeShape(sizes));
  },
);
lax(
  "broadcast_in_dim",
  "operand, shape, broadcast_dimensions, *, out_sharding=None",
  { operand: A },
  (x: Value, shape: Plain, dims: Plain, sharding: unknown) => {
    noSharding("broadcast_in_dim", sharding);
    return broadcastInDim(x, canonicalizeShape(shape), ints(dims));
  },
);
lax("broadcast_to_rank", "x, rank", { x: A }, (x: Value, rank: Plain) => broadcastToRank(x, pyIndex(rank)));
