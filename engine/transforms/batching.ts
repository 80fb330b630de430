// vmap's trace (jax/_src/interpreters/batching.py): BatchTracer carries a value of the parent trace and the
// axis along which it is batched; BatchTrace applies each primitive's batching rule on its parent trace.
import type { ShapedArray } from "../core/aval.ts";
import { evalJaxpr } from "../core/eval.ts";
import { notSupported } from "../core/errors.ts";
import type { AxisData, BatchDim, Primitive } from "../core/primitive.ts";
import { traceToJaxpr } from "../core/staging.ts";
import {
  bind,
  escapedTracer,
  isLive,
  popTrace,
  pushTrace,
  type Trace,
  withCurrentTrace,
} from "../core/trace.ts";
import { Tracer, type Value } from "../core/values.ts";
import { pinAliases, pinDeep } from "../core/pinning.ts";
import type { ClosedJaxpr, Params } from "../ir/jaxpr.ts";

/** A value under vmap: `val` (of the parent trace) holds every element of the batch along `batchDim`. */
export class BatchTracer extends Tracer {
  readonly trace: BatchTrace;
  readonly val: Value;
  readonly batchDim: number;
  readonly aval: ShapedArray;
  /** Whether `val` is a fresh array that only this tracer holds (see `release`). */
  private owner: boolean;
  constructor(trace: BatchTrace, val: Value, batchDim: number, owner = false) {
    super();
    this.trace = trace;
    this.val = val;
    this.batchDim = batchDim;
    this.owner = owner;
    // `core.mapped_aval`: the aval of one element of the batch.
    this.aval = val.aval.withShape(val.aval.shape.filter((_, i) => i !== batchDim));
  }

  override pin(): void {
    this.owner = false;
    this.val.pin();
  }

  /** Python dropped the tracer: the fresh batched value it alone held can be recycled. */
  override release(): boolean {
    if (!this.owner) return false;
    this.owner = false;
    return this.val.release(); // under nested vmaps, the val is an outer tracer: it releases in turn
  }

  override pyRepr(): string {
    return `VmapTracer(aval=${this.aval.toString()}, batched=${this.val.aval.toString()})`;
  }
}

/**
 * Primitives whose batching rule runs even when no operand is batched, as JAX's "fancy" batchers for them do:
 * pjit's re-traces its body (cached per jaxpr and batching), so the staged jit holds a new jaxpr object,
 * which shows when the same jitted function is also called outside the vmap.
 */
export const RULE_EVEN_WHEN_UNBATCHED = new Set(["jit"]);

/** JAX's BatchTrace: unwraps its own tracers, runs the batching rule on the parent trace, wraps the outputs. */
export class BatchTrace implements Trace {
  readonly level: number;
  readonly kind = "batch";
  readonly parent: Trace;
  readonly axis: AxisData;

  constructor(level: number, parent: Trace, axis: AxisData) {
    this.level = level;
    this.parent = parent;
    this.axis = axis;
  }

  /** `to_batch_info`: the value and its batch dim; values of other traces are not batched here. */
  unwrap(x: Value): [Value, BatchDim] {
    if (x instanceof BatchTracer && x.trace === this) return [x.val, x.batchDim];
    if (x instanceof Tracer && !isLive(x.trace)) escapedTracer(x);
    return [x, null];
  }

  wrap(val: Value, dim: BatchDim): Value {
    return dim === null ? val : new BatchTracer(this, val, dim);
  }

  process<P extends Params>(prim: Primitive<P>, args: readonly Value[], params: P): Value[] {
    const vals: Value[] = [];
    const dims: BatchDim[] = [];
    for (const a of args) {
      const [v, d] = this.unwrap(a);
      vals.push(v);
      dims.push(d);
    }
    if (dims.every((d) => d === null) && !RULE_EVEN_WHEN_UNBATCHED.has(prim.name)) {
      return withCurrentTrace(this.parent, () => bind(prim, vals, params));
    }
    // Check the per-element types first: jnp's functions, traced by JAX as inline jits on these avals, raise
    // their errors with the shapes of one element of the batch.
    prim.rules.abstractEval(
      args.map((a) => a.aval),
      params,
    );
    const rule = prim.rules.batch;
    if (!rule) throw notSupported(`vmap of the primitive ${prim.name}`);
    const [outs, outDims] = withCurrentTrace(this.parent, () => rule(vals, dims, params, this.axis));
    // A rule may hand back one of its operands, or one value twice: those stay shared, never recycled.
    pinAliases(outs, vals);
    return outs.map((o, i) => (outDims[i] === null ? o : new BatchTracer(this, o, outDims[i], true)));
  }
}

/** Run `fn` with `args` batched along `dims` on a new batch trace; the outputs and their batch dims. */
export function batchSubtrace(
  fn: (args: readonly Value[]) => readonly Value[],
  args: readonly Value[],
  dims: readonly BatchDim[],
  axis: AxisData,
): [Value[], BatchDim[]] {
  const trace = pushTrace((level, parent) => new BatchTrace(level, parent, axis)) as BatchTrace;
  let popped = false;
  try {
    const outs = fn(args.map((a, i) => trace.wrap(a, dims[i])));
    const unwrapped = outs.map((o) => trace.unwrap(o));
    pinDeep(outs); // their arrays leave the trace
    popTrace(trace);
    popped = true;
    return [unwrapped.map(([v]) => v), unwrapped.map(([, d]) => d)];
  } finally {
    if (!popped) popTrace(trace);
  }
}

interface BatchedJaxpr {
  readonly jaxpr: ClosedJaxpr;
  readonly outDims: readonly BatchDim[];
}

/** Batched jaxprs per jaxpr and batching (JAX's `weakref_lru_cache` on `_batch_jaxpr2`): shared uses stay shared. */
const batchedJaxprs = new WeakMap<ClosedJaxpr, Map<string, BatchedJaxpr>>();

/**
 * `batching.batch_jaxpr2`: trace `jaxpr` with its inputs batched along `dims` (left where they are), into a new
 * jaxpr; the outputs stay batched where the rules left them.
 */
export function batchJaxpr(jaxpr: ClosedJaxpr, dims: readonly BatchDim[], axis: AxisData): BatchedJaxpr {
  const key = `${axis.size}|${axis.name ?? ""}|${dims.map((d) => (d === null ? "n" : d)).join(",")}`;
  let perJaxpr = batchedJaxprs.get(jaxpr);
  const cached = perJaxpr?.get(key);
  if (cached) return cached;
  const avals = jaxpr.inAvals.map((a, i) => {
    const d = dims[i];
    if (d === null) return a;
    const shape = [...a.shape];
    shape.splice(d, 0, axis.size);
    return a.withShape(shape);
  });
  let outDims: BatchDim[] = [];
  const batched = traceToJaxpr((...xs) => {
    const [outs, ds] = batchSubtrace((args) => evalJaxpr(jaxpr.jaxpr, jaxpr.consts, args), xs, dims, axis);
    outDims = ds;
    return outs;
  }, avals);
  const result = { jaxpr: batched, outDims };
  if (!perJaxpr) batchedJaxprs.set(jaxpr, (perJaxpr = new Map()));
  perJaxpr.set(key, result);
  return result;
}
