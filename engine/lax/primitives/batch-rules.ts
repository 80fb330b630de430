// The batching helpers of jax/_src/interpreters/batching.py that primitives' rules share: moving and
// inserting batch axes, and the generic rules for elementwise (vectorized, broadcasting) and reducing
// primitives. Dims computed with numpy in JAX are marked as numpy ints, since the jaxpr prints them so.
import type { BatchDim, BatchResult, Primitive } from "../../core/primitive.ts";
import { isNumpyIntAt as isMarked, markNumpyInts } from "../../core/pyrepr.ts";
import { bind, bind1 } from "../../core/trace.ts";
import type { Value } from "../../core/values.ts";
import type { Params } from "../../ir/jaxpr.ts";
import { broadcastInDimP } from "./broadcast.ts";
import { canonicalizeAxis, transposeP } from "./shape.ts";

export { canonicalizeAxis };

/** `np.add(k, dims)`: every item a numpy int. */
export function npAdd(k: number, dims: readonly number[]): number[] {
  return markNumpyInts(dims.map((d) => d + k));
}

/** `head + tuple(rest)`, keeping which items are numpy ints. */
export function concatDims(head: readonly number[], rest: readonly number[]): number[] {
  const out = [...head, ...rest];
  return markNumpyInts(out, [
    ...head.map((_, i) => isMarked(head, i)),
    ...rest.map((_, i) => isMarked(rest, i)),
  ]);
}

/** `list(dims); l.insert(at, v)` with a Python int `v`, keeping the numpy marks of the others. */
export function insertDim(dims: readonly number[], at: number, v: number): number[] {
  const out = [...dims];
  out.splice(at, 0, v);
  const marks = dims.map((_, i) => isMarked(dims, i));
  marks.splice(at, 0, false);
  return markNumpyInts(out, marks);
}

/** `batching.moveaxis` (util.moveaxis): a transpose taking axis `src` to `dst`. */
export function moveaxis(x: Value, src: number, dst: number): Value {
  if (src === dst) return x;
  const nd = x.aval.ndim;
  const s = canonicalizeAxis(src, nd);
  const d = canonicalizeAxis(dst, nd);
  const perm = Array.from({ length: nd }, (_, i) => i).filter((i) => i !== s);
  perm.splice(d, 0, s);
  return bind1(transposeP, [x], { permutation: perm });
}

/** `batching.broadcast`: insert an axis of `size` at `axis` (its broadcast_dimensions come from np.delete). */
export function broadcastBatched(x: Value, size: number, axis: number): Value {
  const shape = [...x.aval.shape];
  shape.splice(axis, 0, size);
  const dims = markNumpyInts(Array.from({ length: shape.length }, (_, i) => i).filter((i) => i !== axis));
  return bind1(broadcastInDimP, [x], { shape, broadcast_dimensions: dims, sharding: null });
}

/** `batching.bdim_at_front`. */
export function bdimAtFront(x: Value, bdim: BatchDim, size: number): Value {
  return bdim === null ? broadcastBatched(x, size, 0) : moveaxis(x, bdim, 0);
}

/** `lax.expand_dims` for trailing dims: size-1 axes appended until rank `nd`. */
function expandTrailing(x: Value, nd: number): Value {
  const n = x.aval.ndim;
  const shape = [...x.aval.shape, ...new Array<number>(nd - n).fill(1)];
  const dims = Array.from({ length: n }, (_, i) => i);
  return bind1(broadcastInDimP, [x], { shape, broadcast_dimensions: dims, sharding: null });
}

/** The size of the mapped axis, from the first batched operand. */
export function batchSize(args: readonly Value[], dims: readonly BatchDim[]): number {
  const i = dims.findIndex((d) => d !== null);
  return args[i].aval.shape[dims[i] as number];
}

/** `batching.vectorized_batcher`: every batched operand is batched along the same axis. */
export function vectorizedBatcher<P extends Params>(
  prim: Primitive<P>,
  args: readonly Value[],
  dims: readonly BatchDim[],
  params: P,
): BatchResult {
  const outs = bind(prim, args, params);
  return [outs, outs.map(() => dims[0])];
}

/**
 * `batching.broadcast_batcher`, for elementwise primitives with numpy broadcasting: agreeing batch dims and
 * scalars go straight through; otherwise batch dims move to the front (unbatched operands get a size-1 axis)
 * and operands of lower rank get trailing size-1 axes.
 */
export function broadcastBatcher<P extends Params>(
  prim: Primitive<P>,
  args: readonly Value[],
  dims: readonly BatchDim[],
  params: P,
): BatchResult {
  const first = dims.findIndex((d) => d !== null);
  const shape = args[first].aval.shape;
  const dim = dims[first];
  const agree = args.every(
    (x, i) =>
      x.aval.ndim === 0 ||
      (dims[i] === dim && x.aval.ndim === shape.length && x.aval.shape.every((s, k) => s === shape[k])),
  );
  if (agree) {
    const outs = bind(prim, args, params);
    return [outs, outs.map(() => dim)];
  }
  const fronted = args.map((x, i) => (x.aval.ndim ? bdimAtFront(x, dims[i], 1) : x));
  const nd = Math.max(...fronted.map((x) => x.aval.ndim));
  const expanded = fronted.map((x, i) =>
    dims[i] === null || x.aval.ndim === nd ? x : expandTrailing(x, nd),
  );
  const outs = bind(prim, expanded, params);
  return [outs, outs.map(() => 0)];
}

/** `batching.reducer_batcher`: the reduced axes skip the batch axis, which stays (renumbered). */
export function reducerBatcher<P extends Params & { readonly axes: readonly number[] }>(
  prim: Primitive<P>,
  args: readonly Value[],
  dims: readonly BatchDim[],
  params: P,
): BatchResult {
  const [operand] = args;
  const bdim = dims[0] as number;
  const axes = markNumpyInts(params.axes.map((a) => (a < bdim ? a : a + 1)));
  const kept = Array.from({ length: operand.aval.ndim }, (_, i) => i).filter((i) => !axes.includes(i));
  return [bind(prim, [operand], { ...params, axes }), [kept.indexOf(bdim)]];
}
