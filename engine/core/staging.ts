import type { ShapedArray } from "./aval.ts";
import type { Primitive } from "./primitive.ts";
import { currentEquationSource } from "./source-location.ts";
import { escapedTracer, isLive, popTrace, pushTrace, type Trace } from "./trace.ts";
import { ArrayValue, Tracer, type Value } from "./values.ts";
import { type Atom, ClosedJaxpr, Jaxpr, JaxprEqn, Literal, type Params, Var } from "../ir/jaxpr.ts";

/** A value being staged into a jaxpr (JAX's DynamicJaxprTracer). */
export class StagingTracer extends Tracer {
  readonly aval: ShapedArray;
  readonly trace: StagingTrace;
  readonly variable: Var;
  constructor(trace: StagingTrace, variable: Var) {
    super();
    this.trace = trace;
    this.variable = variable;
    this.aval = variable.aval;
  }
}

/** Stages every primitive applied while it is the current trace into a jaxpr (JAX's DynamicJaxprTrace). */
export class StagingTrace implements Trace {
  readonly level: number;
  readonly kind = "jit";
  /** What is being traced, for error messages: function name, file, line and argument names. */
  readonly origin: TracingOrigin | undefined;
  private readonly invars: Var[] = [];
  private readonly eqns: JaxprEqn[] = [];
  private readonly constvars: Var[] = [];
  private readonly consts: Value[] = [];
  private readonly constIndex = new Map<Value, Var>();
  /** Tracers that stand for a literal (an equation forwarded to its literal operand). */
  private readonly forwardedLiterals = new Map<Var, Literal>();

  constructor(level: number, origin?: TracingOrigin) {
    this.level = level;
    this.origin = origin;
  }

  newArg(aval: ShapedArray): StagingTracer {
    const v = new Var(aval);
    this.invars.push(v);
    return new StagingTracer(this, v);
  }

  atomOf(x: Value): Atom {
    if (x instanceof StagingTracer && x.trace === this)
      return this.forwardedLiterals.get(x.variable) ?? x.variable;
    if (x instanceof ArrayValue && x.isLiteralable) return new Literal(x.aval, x.scalar());
    if (x instanceof Tracer && !isLive(x.trace)) escapedTracer(x);
    // A concrete JAX array, or a value of an enclosing trace: it enters as a constvar.
    let v = this.constIndex.get(x);
    if (!v) {
      v = new Var(x.aval);
      this.constIndex.set(x, v);
      this.constvars.push(v);
      this.consts.push(x);
    }
    return v;
  }

  process<P extends Params>(prim: Primitive<P>, args: readonly Value[], params: P): Value[] {
    const forwarded = this.forwarded(prim, args, params);
    if (forwarded) return [forwarded];
    const inputs = args.map((a) => this.atomOf(a));
    const outAvals = prim.rules.abstractEval(
      args.map((a) => a.aval),
      params,
    );
    const outvars = outAvals.map((a) => new Var(a));
    this.eqns.push(new JaxprEqn(prim.name, inputs, outvars, params, currentEquationSource()));
    return outvars.map((v) => new StagingTracer(this, v));
  }

  /** How many equations are staged so far (step records note what each rule emitted). */
  get equationCount(): number {
    return this.eqns.length;
  }

  /** The equations staged since the count was `start`. */
  equationsSince(start: number): readonly JaxprEqn[] {
    return this.eqns.slice(start);
  }

  /**
   * JAX's forwarding rule of broadcast_in_dim (`_broadcast_in_dim_fwd_rule`): a broadcast to the operand's own
   * shape stages nothing; its result is the operand (a tracer standing for it when it is a literal or a constant).
   */
  private forwarded<P extends Params>(
    prim: Primitive<P>,
    args: readonly Value[],
    params: P,
  ): Value | undefined {
    if (prim.name !== "broadcast_in_dim" || args.length !== 1) return undefined;
    const [x] = args;
    const shape = params.shape as readonly number[];
    if (shape.length !== x.aval.ndim || !shape.every((d, i) => d === x.aval.shape[i])) return undefined;
    if (x instanceof StagingTracer && x.trace === this) return x;
    const atom = this.atomOf(x);
    if (atom instanceof Var) return new StagingTracer(this, atom);
    const v = new Var(atom.aval);
    this.forwardedLiterals.set(v, atom);
    return new StagingTracer(this, v);
  }

  /** Positions of the arguments that `t` depends on, for JAX's "depends on the value of the argument n". */
  argumentsBehind(t: StagingTracer): number[] {
    const needed = new Set<Var>([t.variable]);
    for (let i = this.eqns.length - 1; i >= 0; i--) {
      const e = this.eqns[i];
      if (e.outputs.some((o) => needed.has(o))) {
        for (const a of e.inputs) if (a instanceof Var) needed.add(a);
      }
    }
    return this.invars.flatMap((v, i) => (needed.has(v) ? [i] : []));
  }

  /** The jaxpr of everything staged so far, returning `outs`. */
  finish(outs: readonly Value[]): ClosedJaxpr {
    const outvars = outs.map((o) => this.atomOf(o));
    return new ClosedJaxpr(new Jaxpr([...this.constvars], [...this.invars], outvars, [...this.eqns]), [
      ...this.consts,
    ]);
  }
}

export interface TracingOrigin {
  readonly functionName: string;
  readonly file?: string;
  readonly line?: number;
  /** The flat argument names, one per input leaf, for "depends on the value of the argument n". */
  readonly argNames?: readonly string[];
  /** What traces it (JAX's `traced_for`): "jit" unless said, "cond", "scan", "while_body"... */
  readonly tracedFor?: string;
}

/** Run `fn` on fresh tracers of `avals` inside a new staging trace; return its jaxpr. */
export function traceToJaxpr(
  fn: (...args: Value[]) => readonly Value[],
  avals: readonly ShapedArray[],
  origin?: TracingOrigin,
): ClosedJaxpr {
  const trace = pushTrace((level) => new StagingTrace(level, origin)) as StagingTrace;
  let popped = false;
  try {
    const args = avals.map((a) => trace.newArg(a));
    const outs = fn(...args);
    popTrace(trace);
    popped = true;
    return trace.finish(outs);
  } finally {
    if (!popped) popTrace(trace);
  }
}
