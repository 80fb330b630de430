// jax.vmap's two halves for the Python front end (api.vmap and batching.batch): begin pushes a batch trace
// and wraps the batched arguments; end unwraps the outputs and moves their batch axes to out_axes.
import { valueError } from "../core/errors.ts";
import type { AxisData, BatchDim } from "../core/primitive.ts";
import { popTrace, pushTrace, resetTraceStack, traceDepth } from "../core/trace.ts";
import type { Value } from "../core/values.ts";
import { broadcastBatched, canonicalizeAxis, moveaxis } from "../lax/primitives/batch-rules.ts";
import { BatchTrace } from "./batching.ts";

interface OpenVmap {
  readonly trace: BatchTrace;
  readonly depth: number;
}

let vmapHandles = 0;
const openVmaps = new Map<number, OpenVmap>();

/** Begin vmap: push a batch trace; `args` are the batched arguments, each batched along `dims[i]`. */
export function vmapBegin(
  args: readonly Value[],
  dims: readonly number[],
  axisSize: number,
  axisName: string | null,
): [number, Value[]] {
  const depth = traceDepth();
  const trace = pushTrace(
    (level, parent) => new BatchTrace(level, parent, { size: axisSize, name: axisName }),
  ) as BatchTrace;
  const id = ++vmapHandles;
  openVmaps.set(id, { trace, depth });
  return [id, args.map((a, i) => trace.wrap(a, dims[i]))];
}

/**
 * End vmap: pop its trace and move each output's batch dim to its `out_axes` entry (`matchaxis`): an
 * unbatched output is broadcast, `null` asks for an unbatched output. `paths` name each output in errors.
 */
export function vmapEnd(
  id: number,
  outs: readonly Value[],
  outAxes: readonly (number | null)[],
  paths: readonly string[],
): Value[] {
  const open = openVmaps.get(id);
  if (!open) throw new Error("unknown vmap");
  openVmaps.delete(id);
  const { trace } = open;
  let unwrapped: Array<[Value, BatchDim]>;
  try {
    unwrapped = outs.map((o) => trace.unwrap(o));
  } catch (e) {
    resetTraceStack(open.depth);
    throw e;
  }
  popTrace(trace);
  return unwrapped.map(([val, src], i) => matchaxis(trace.axis, src, outAxes[i], val, paths[i] ?? ""));
}

/** After user code raised inside vmap: drop its trace and everything above it. */
export function vmapAbort(id: number): void {
  const open = openVmaps.get(id);
  if (!open) return;
  openVmaps.delete(id);
  resetTraceStack(open.depth);
}

/** `batching.matchaxis`, with the error vmap raises for an output batched where `out_axes` says None. */
export function matchaxis(axis: AxisData, src: BatchDim, dst: number | null, x: Value, path = ""): Value {
  if (src === dst) return x;
  if (src !== null && dst !== null) return moveaxis(x, src, dst);
  if (src === null && dst !== null)
    return broadcastBatched(x, axis.size, canonicalizeAxis(dst, x.aval.ndim + 1));
  if (axis.name !== null) {
    throw valueError(`vmap has mapped output (axis_name=${axis.name}) but out_axes is ${String(dst)}`);
  }
  throw valueError(
    `at vmap out_axes${path}, got axis spec None but output was batched on axis ${String(src)}`,
  );
}
