// The autodiff part of the `_traceur` module: jax.vjp, jax.jvp, jax.linearize (and so grad) run the
// user's Python function between a `begin` and a `finish` of an engine session.
import { pinDeep } from "../core/pinning.ts";
import { Zero } from "../core/tangents.ts";
import { currentTrace } from "../core/trace.ts";
import type { ClosedJaxpr } from "../ir/jaxpr.ts";
import { bindCustomJvpCall, bindCustomVjpCall, CustomVjpRule } from "../lax/primitives/custom-derivatives.ts";
import { ArrayValue, type Value } from "../core/values.ts";
import { JvpSession } from "../transforms/ad/jvp.ts";
import { type Linearization, LinearizeSession } from "../transforms/ad/linearize.ts";
import { instantiate, isDifferentiable } from "../transforms/ad/rules.ts";
import { jvpOfLinearization, oneLike, vjpOf } from "../transforms/ad/vjp.ts";

/** `canonicalize_value`: Python scalars given to a transformation become JAX arrays (never literals). */
function asJaxValue(v: Value): Value {
  return v instanceof ArrayValue && v.origin !== "jax" ? new ArrayValue(v.aval, v.data, "jax") : v;
}

/** A finished linearization and the primals it was taken at. */
class Linearized {
  readonly lin: Linearization;
  readonly primals: readonly Value[];
  constructor(lin: Linearization, primals: readonly Value[]) {
    this.lin = lin;
    this.primals = primals;
  }
  get primalsOut(): Value[] {
    return this.lin.primalsOut;
  }
  get aux(): Value[] {
    return this.lin.aux;
  }
  /** The input cotangents for output cotangents (`vjp_fn`). */
  pullback(cts: Value[]): Value[] {
    return vjpOf(this.lin, this.primals).pullback(Array.from(cts));
  }
  /** The output tangents for input tangents (`jax.linearize`'s `f_jvp`). */
  pushforward(tangents: Value[]): Value[] {
    return jvpOfLinearization(this.lin, this.primals).pushforward(Array.from(tangents));
  }
}

class PyLinearizeSession {
  private readonly session: LinearizeSession;
  private readonly primals: Value[];
  constructor(primals: Value[]) {
    this.primals = Array.from(primals, asJaxValue);
    this.session = new LinearizeSession(this.primals);
  }
  get inputs(): Value[] {
    return this.session.inputs;
  }
  finish(outs: Value[], auxCount: number): Linearized {
    return new Linearized(this.session.finish(Array.from(outs), auxCount), this.primals);
  }
  abort(): void {
    this.session.abort();
  }
}

class PyJvpSession {
  private readonly session: JvpSession;
  private readonly primals: Value[];
  private readonly tangents: Value[];
  constructor(primals: Value[], tangents: Value[]) {
    this.primals = Array.from(primals);
    this.tangents = Array.from(tangents);
    const ts = this.tangents.map((t, i) => (isDifferentiable(this.primals[i].aval) ? t : new Zero(t.aval)));
    this.session = new JvpSession(this.primals, ts);
  }
  get inputs(): Value[] {
    return this.session.inputs;
  }
  /**
   * [primals out, tangents out (zeros instantiated), aux, and per output the index of the input primal (then
   * tangent) it is, or -1]: jax.jvp hands back such values as the very objects it was given.
   */
  finish(outs: Value[], auxCount: number): [Value[], Value[], Value[], number[], number[]] {
    const r = this.session.finish(Array.from(outs), auxCount);
    return [
      r.primalsOut,
      r.tangentsOut.map(instantiate),
      r.aux,
      r.primalsOut.map((v) => this.primals.indexOf(v)),
      r.tangentsOut.map((t) => (t instanceof Zero ? -1 : this.tangents.indexOf(t))),
    ];
  }
  abort(): void {
    this.session.abort();
  }
}

/** What a Python rule hands back: a JS array of JS arrays of engine values (or null). */
type PyRuleResult = ArrayLike<ArrayLike<Value | null | undefined>>;

/** What a Python rule returned (through `keep`, which pinned its values before Python dropped them). */
function fromPy(r: PyRuleResult): (Value | null)[][] {
  return Array.from(r, (part) => Array.from(part, (v) => v ?? null));
}

/** Values handed to a Python rule: Python drops its handles after the call, the engine may not. */
function handToPy(...groups: (readonly Value[])[]): Value[][] {
  pinDeep(groups);
  return groups.map((g) => [...g]);
}

/** `@jax.custom_jvp` on user code: bind `custom_jvp_call` with the traced function and the Python rule. */
function customJvpCall(
  name: string,
  jvpName: string,
  traced: ClosedJaxpr,
  args: Value[],
  rule: (primals: Value[], tangents: Value[]) => PyRuleResult,
): Value[] {
  const jvp = (primals: readonly Value[], tangents: readonly Value[]): [Value[], Value[]] => {
    const [outs, outTangents] = fromPy(rule(...(handToPy(primals, tangents) as [Value[], Value[]])));
    return [outs as Value[], outTangents.map((t, i) => t ?? new Zero((outs[i] as Value).aval)) as Value[]];
  };
  return bindCustomJvpCall({ name, jvpName, jvp }, traced, Array.from(args));
}

/** `@jax.custom_vjp` on user code: bind `custom_vjp_call` with the traced function and the Python rules. */
function customVjpCall(
  name: string,
  fwdName: string,
  bwdName: string,
  traced: ClosedJaxpr,
  args: Value[],
  fwd: (primals: Value[]) => PyRuleResult,
  bwd: (residuals: Value[], cts: Value[]) => PyRuleResult,
): Value[] {
  const fwdRule = (primals: readonly Value[]): [Value[], Value[]] => {
    const [outs, residuals] = fromPy(fwd(...(handToPy(primals) as [Value[]])));
    return [outs as Value[], residuals as Value[]];
  };
  const bwdRule = (residuals: readonly Value[], cts: readonly Value[]): (Value | null)[] =>
    fromPy(bwd(...(handToPy(residuals, cts) as [Value[], Value[]])))[0];
  return bindCustomVjpCall(
    { name, fwd: new CustomVjpRule(fwdName, fwdRule), bwd: new CustomVjpRule(bwdName, bwdRule) },
    traced,
    Array.from(args),
  );
}

/** `_short_repr` of JAX's autodiff tracers (`GradTracer(...)`, `JVPTracer(...)`), or undefined for others. */
export function createAdBridge() {
  return {
    customJvpCall,
    customVjpCall,
    /** Whether the current trace evaluates at once (then custom_jvp/custom_vjp functions just run). */
    isEvalTrace: () => currentTrace().kind === "eval",
    adLinearizeBegin: (primals: Value[]) => new PyLinearizeSession(primals),
    adJvpBegin: (primals: Value[], tangents: Value[]) => new PyJvpSession(primals, tangents),
    /** `lax._one_vjp(ans)`: the seed cotangent of `grad`. */
    adOneLike: (v: Value) => oneLike(v),
  };
}
