// `batching.batch_jaxpr` and `batch_jaxpr_axes`: batch a jaxpr with its outputs moved where the caller needs
// them, as the batching rules of control flow (cond, while, scan) ask. (jit and custom_jvp_call leave the
// outputs where the rules put them: `batchJaxpr` in batching.ts.)
import { evalJaxpr } from "../core/eval.ts";
import type { AxisData, BatchDim } from "../core/primitive.ts";
import { traceToJaxpr } from "../core/staging.ts";
import type { ClosedJaxpr } from "../ir/jaxpr.ts";
import { batchSubtrace } from "./batching.ts";
import { matchaxis } from "./vmap.ts";

/** Where an output must end up: an axis, unbatched (null), or batched at 0 only if it is batched at all. */
export type OutAxisDest = number | null | "zeroIfMapped";

export interface AxesBatchedJaxpr {
  readonly jaxpr: ClosedJaxpr;
  /** Whether each output of the new jaxpr is batched. */
  readonly outBatched: readonly boolean[];
}

const cache = new WeakMap<ClosedJaxpr, Map<string, AxesBatchedJaxpr>>();

/** `batch_jaxpr_axes`: inputs batched along `inAxes`, outputs moved to `outDest` (cached per jaxpr, as JAX does). */
export function batchJaxprAxes(
  jaxpr: ClosedJaxpr,
  inAxes: readonly BatchDim[],
  outDest: readonly OutAxisDest[],
  axis: AxisData,
): AxesBatchedJaxpr {
  const key = JSON.stringify([axis.size, axis.name, inAxes, outDest]);
  let perJaxpr = cache.get(jaxpr);
  const hit = perJaxpr?.get(key);
  if (hit) return hit;
  const avals = jaxpr.inAvals.map((a, i) => {
    const d = inAxes[i];
    if (d === null) return a;
    const shape = [...a.shape];
    shape.splice(d, 0, axis.size);
    return a.withShape(shape);
  });
  let outBatched: boolean[] = [];
  const batched = traceToJaxpr((...xs) => {
    const [outs, dims] = batchSubtrace(
      (args) => evalJaxpr(jaxpr.jaxpr, jaxpr.consts, args),
      xs,
      inAxes,
      axis,
    );
    const dest = dims.map((src, i) => {
      const d = outDest[i];
      return d === "zeroIfMapped" ? (src === null ? null : 0) : d;
    });
    outBatched = dest.map((d) => d !== null);
    return outs.map((o, i) => matchaxis(axis, dims[i], dest[i], o));
  }, avals);
  const result = { jaxpr: batched, outBatched };
  if (!perJaxpr) cache.set(jaxpr, (perJaxpr = new Map()));
  perJaxpr.set(key, result);
  return result;
}

/**
 * `batching.batch_jaxpr`: batched inputs along axis 0; each output batched at 0 when `instantiate` says so
 * (broadcast if need be), otherwise at 0 only if it came out batched.
 */
export function batchJaxprInstantiate(
  jaxpr: ClosedJaxpr,
  inBatched: readonly boolean[],
  instantiate: boolean | readonly boolean[],
  axis: AxisData,
): AxesBatchedJaxpr {
  const inst = typeof instantiate === "boolean" ? jaxpr.outAvals.map(() => instantiate) : instantiate;
  return batchJaxprAxes(
    jaxpr,
    inBatched.map((b) => (b ? 0 : null)),
    inst.map((i) => (i ? 0 : "zeroIfMapped")),
    axis,
  );
}
