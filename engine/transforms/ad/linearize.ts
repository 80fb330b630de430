// Direct linearization: JAX's LinearizeTrace (jax/_src/interpreters/ad.py, on by default in 0.10.2 through
// `jax_use_direct_linearize`). Primal operations run on the parent trace now; tangent operations are staged
// into a separate linear jaxpr, whose constants (residuals) are values of the parent trace.
import { notSupported, valueError } from "../../core/errors.ts";
import type { Primitive } from "../../core/primitive.ts";
import { StagingTrace, StagingTracer } from "../../core/staging.ts";
import { type Tangent, Zero } from "../../core/tangents.ts";
import {
  popTrace,
  pushTrace,
  resetTraceStack,
  type Trace,
  traceDepth,
  withCurrentTrace,
} from "../../core/trace.ts";
import type { Value } from "../../core/values.ts";
import type { ClosedJaxpr, Params } from "../../ir/jaxpr.ts";
import { dceClosedJaxpr } from "./dce.ts";
import { DualTracer, shortRepr } from "./dual-tracer.ts";
import { allZero, isDifferentiable } from "./rules.ts";

export class LinearizeTracer extends DualTracer {
  readonly trace: LinearizeTrace;
  constructor(trace: LinearizeTrace, primal: Value, tangent: Value) {
    super(primal, tangent);
    this.trace = trace;
  }

  override pyRepr(): string {
    return `GradTracer(primal=${shortRepr(this.primal)}, typeof(tangent)=${this.tangent.aval.strShort()})`;
  }
}

/**
 * Routes each operation of a JVP rule run under linearization (the effect of `linearize_from_jvp`'s partial
 * evaluation): operations on known (primal) values run on the parent trace, operations touching a tangent are
 * staged on the tangent trace.
 */
class SplitTrace implements Trace {
  readonly level: number;
  readonly kind = "JaxprTrace";
  readonly parent: Trace;
  readonly tangentTrace: StagingTrace;
  constructor(level: number, parent: Trace, tangentTrace: StagingTrace) {
    this.level = level;
    this.parent = parent;
    this.tangentTrace = tangentTrace;
  }
  isUnknown(v: Value): boolean {
    return v instanceof StagingTracer && v.trace === this.tangentTrace;
  }
  process<P extends Params>(prim: Primitive<P>, args: readonly Value[], params: P): Value[] {
    if (args.some((a) => this.isUnknown(a))) return this.tangentTrace.process(prim, args, params);
    return this.parent.process(prim, args, params);
  }
}

export class LinearizeTrace implements Trace {
  readonly level: number;
  readonly kind = "Linearize";
  readonly parent: Trace;
  readonly tangentTrace: StagingTrace;
  constructor(level: number, parent: Trace, tangentTrace: StagingTrace) {
    this.level = level;
    this.parent = parent;
    this.tangentTrace = tangentTrace;
  }

  toPair(v: Value): [Value, Tangent] {
    if (v instanceof LinearizeTracer && v.trace === this) return [v.primal, v.tangent];
    return [v, new Zero(v.aval)];
  }

  wrap(primal: Value, tangent: Tangent): Value {
    if (tangent instanceof Zero || !isDifferentiable(primal.aval)) return primal;
    return new LinearizeTracer(this, primal, tangent);
  }

  process<P extends Params>(prim: Primitive<P>, args: readonly Value[], params: P): Value[] {
    const pairs = args.map((a) => this.toPair(a));
    const primals = pairs.map((p) => p[0]);
    const tangents = pairs.map((p) => p[1]);
    if (allZero(tangents)) return this.parent.process(prim, primals, params);
    const lin = prim.rules.linearize;
    if (lin) {
      const nonzeros = tangents.map((t) => !(t instanceof Zero));
      const result = withCurrentTrace(this.parent, () => lin(nonzeros, primals, params));
      const outTangents = withCurrentTrace(this.tangentTrace, () => result.linearized(tangents));
      return result.primalsOut.map((o, i) => this.wrap(o, outTangents[i]));
    }
    const rule = prim.rules.jvp;
    if (!rule) throw notSupported(`differentiation of the primitive ${prim.name}`);
    const split = new SplitTrace(this.level, this.parent, this.tangentTrace);
    const [outs, outTangents] = withCurrentTrace(split, () => rule(primals, tangents, params));
    if (outs.some((o) => split.isUnknown(o))) {
      throw valueError(
        "Linearization failed to produce known values for all output primals. This is typically caused by " +
          "attempting to differentiate a function uses an operation that does not support reverse-mode autodiff.",
      );
    }
    // A tangent computed from primals alone is known, hence (as in JAX) a symbolic zero.
    return outs.map((o, i) => {
      const t = outTangents[i];
      return this.wrap(o, t instanceof Zero || !split.isUnknown(t) ? new Zero(o.aval) : t);
    });
  }
}

/** The result of `ad.linearize`: primal outputs, and the linear jaxpr from nonzero input to output tangents. */
export interface Linearization {
  readonly primalsOut: Value[];
  /** Per output: whether its tangent is symbolically zero (then the jaxpr has no output for it). */
  readonly outZeros: boolean[];
  /** The linear jaxpr: constvars are the residuals (`consts`), invars the input tangents. */
  readonly jaxpr: ClosedJaxpr;
  /** The values of `fn` that were not tangents (`has_aux`), stripped of this trace. */
  readonly aux: Value[];
}

/**
 * `ad.linearize(traceable, primals)` in two steps, so that the function can run in between (in Python):
 * `begin` pushes a tangent trace and a LinearizeTrace above the current trace and returns the input tracers;
 * `finish` pops them and returns the primal outputs and the linear jaxpr.
 */
export class LinearizeSession {
  private readonly depth: number;
  private readonly tangentTrace: StagingTrace;
  private readonly trace: LinearizeTrace;
  readonly inputs: Value[];

  constructor(primals: readonly Value[]) {
    this.depth = traceDepth();
    let parent: Trace | undefined;
    // The tangent trace is pushed too, so that its tracers count as live while the function runs.
    const tangentTrace = pushTrace((level, p) => {
      parent = p;
      return new StagingTrace(level);
    }) as StagingTrace;
    const trace = pushTrace(
      (level) => new LinearizeTrace(level, parent as Trace, tangentTrace),
    ) as LinearizeTrace;
    this.tangentTrace = tangentTrace;
    this.trace = trace;
    this.inputs = primals.map((p) => trace.wrap(p, tangentTrace.newArg(p.aval)));
  }

  /** The trace that stages the tangent (linear) equations. */
  get tangentStaging(): StagingTrace {
    return this.tangentTrace;
  }

  /** `auxCount` trailing outputs are auxiliary data (`has_aux`), returned as plain primal values. */
  finish(outs: readonly Value[], auxCount = 0): Linearization {
    const trace = this.trace;
    const main = outs.slice(0, outs.length - auxCount);
    const aux = outs.slice(outs.length - auxCount).map((o) => trace.toPair(o)[0]);
    const pairs = main.map((o) => trace.toPair(o));
    popTrace(trace);
    popTrace(this.tangentTrace);
    const nonzero = pairs.map((p) => p[1]).filter((t): t is Value => !(t instanceof Zero));
    const jaxpr = dceClosedJaxpr(this.tangentTrace.finish(nonzero));
    return {
      primalsOut: pairs.map((p) => p[0]),
      outZeros: pairs.map((p) => p[1] instanceof Zero),
      jaxpr,
      aux,
    };
  }

  /** After the function raised: drop both traces (and anything left above them). */
  abort(): void {
    resetTraceStack(this.depth);
  }
}

export function linearizeFlat(
  fn: (args: Value[]) => Value[],
  primals: readonly Value[],
  auxCount = 0,
): Linearization {
  const session = new LinearizeSession(primals);
  let outs: Value[];
  try {
    outs = fn(session.inputs);
  } catch (e) {
    session.abort();
    throw e;
  }
  return session.finish(outs, auxCount);
}
