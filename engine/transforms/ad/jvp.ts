// Forward-mode autodiff: JAX's JVPTrace (jax/_src/interpreters/ad.py).
import { notSupported } from "../../core/errors.ts";
import type { Primitive } from "../../core/primitive.ts";
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
import type { Params } from "../../ir/jaxpr.ts";
import { DualTracer, shortRepr } from "./dual-tracer.ts";
import { allZero, isDifferentiable } from "./rules.ts";

export class JvpTracer extends DualTracer {
  readonly trace: JvpTrace;
  constructor(trace: JvpTrace, primal: Value, tangent: Value) {
    super(primal, tangent);
    this.trace = trace;
  }

  override pyRepr(): string {
    return `JVPTracer(primal=${shortRepr(this.primal)}, tangent=${shortRepr(this.tangent)})`;
  }
}

export class JvpTrace implements Trace {
  readonly level: number;
  readonly kind = "JVP";
  readonly parent: Trace;
  constructor(level: number, parent: Trace) {
    this.level = level;
    this.parent = parent;
  }

  toPair(v: Value): [Value, Tangent] {
    if (v instanceof JvpTracer && v.trace === this) return [v.primal, v.tangent];
    return [v, new Zero(v.aval)];
  }

  process<P extends Params>(prim: Primitive<P>, args: readonly Value[], params: P): Value[] {
    const pairs = args.map((a) => this.toPair(a));
    const primals = pairs.map((p) => p[0]);
    const tangents = pairs.map((p) => p[1]);
    if (allZero(tangents)) return this.parent.process(prim, primals, params);
    const rule = prim.rules.jvp;
    if (!rule) throw notSupported(`differentiation of the primitive ${prim.name}`);
    const [outs, outTangents] = withCurrentTrace(this.parent, () => rule(primals, tangents, params));
    return outs.map((o, i) => this.wrap(o, outTangents[i]));
  }

  /** `maybe_jvp_tracer`: a zero (or float0) tangent leaves the bare primal. */
  wrap(primal: Value, tangent: Tangent): Value {
    if (tangent instanceof Zero || !isDifferentiable(primal.aval)) return primal;
    return new JvpTracer(this, primal, tangent);
  }
}

/** `ad.jvp` in two steps (as LinearizeSession), so that the function can run in between. */
export class JvpSession {
  private readonly depth: number;
  private readonly trace: JvpTrace;
  readonly inputs: Value[];

  constructor(primals: readonly Value[], tangents: readonly Tangent[]) {
    this.depth = traceDepth();
    const trace = pushTrace((level, parent) => new JvpTrace(level, parent)) as JvpTrace;
    this.trace = trace;
    this.inputs = primals.map((p, i) => trace.wrap(p, tangents[i]));
  }

  /** Output primals and tangents (zeros symbolic); `auxCount` trailing outputs are auxiliary primals. */
  finish(
    outs: readonly Value[],
    auxCount = 0,
  ): { primalsOut: Value[]; tangentsOut: Tangent[]; aux: Value[] } {
    const trace = this.trace;
    const main = outs.slice(0, outs.length - auxCount);
    const aux = outs.slice(outs.length - auxCount).map((o) => trace.toPair(o)[0]);
    const pairs = main.map((o) => trace.toPair(o));
    popTrace(trace);
    return { primalsOut: pairs.map((p) => p[0]), tangentsOut: pairs.map((p) => p[1]), aux };
  }

  abort(): void {
    resetTraceStack(this.depth);
  }
}

/** `ad.jvp` on flat lists: output primals and tangents, zeros left symbolic. */
export function jvpFlat(
  fn: (args: Value[]) => Value[],
  primals: readonly Value[],
  tangents: readonly Tangent[],
): { primalsOut: Value[]; tangentsOut: Tangent[] } {
  const session = new JvpSession(primals, tangents);
  let outs: Value[];
  try {
    outs = fn(session.inputs);
  } catch (e) {
    session.abort();
    throw e;
  }
  return session.finish(outs);
}
