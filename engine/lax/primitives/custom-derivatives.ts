// `stop_gradient` and `custom_jvp_call` (jax/_src/ad_util.py, jax/_src/custom_derivatives.py).
// The JVP rules join these definitions with autodiff; until then custom_jvp_call evaluates its call_jaxpr.
import { type BatchResult, definePrimitive, type Primitive } from "../../core/primitive.ts";
import { evalJaxpr } from "../../core/eval.ts";
import { batchJaxpr, batchSubtrace } from "../../transforms/batching.ts";
import type { ShapedArray } from "../../core/aval.ts";
import { notSupported, typeError } from "../../core/errors.ts";
import { Zero } from "../../core/tangents.ts";
import { instantiate } from "../../transforms/ad/rules.ts";
import { PyVerbatim } from "../../core/pyrepr.ts";
import { traceToJaxpr } from "../../core/staging.ts";
import { bind, bind1, currentTrace } from "../../core/trace.ts";
import type { Value } from "../../core/values.ts";
import { evalClosedJaxprLikeXla } from "../../runtime/cpu/xla-eval.ts";
import { ClosedJaxpr, Jaxpr, type ParamValue, type Params } from "../../ir/jaxpr.ts";

type NoParams = Record<string, never>;

export const stopGradientP: Primitive<NoParams> = definePrimitive<NoParams>({
  name: "stop_gradient",
  abstractEval: ([x]) => [x],
  cpu: ([x]) => [x],
  // `_stop_gradient_batch_rule`.
  batch: ([x], [bdim]): BatchResult => [[stopGradient(x)], [bdim]],
  // `_stop_gradient_jvp_rule`
  jvp: ([x]) => {
    const out = bind1(stopGradientP, [x], {});
    return [[out], [new Zero(out.aval)]];
  },
});

/** `lax.stop_gradient` on one array. */
export function stopGradient(x: Value): Value {
  return bind1(stopGradientP, [x], {});
}

/**
 * The `jvp_jaxpr_fun` param: in JAX a thunk tracing the JVP rule; here the rule's function name, which is
 * all that prints (`jvp=_logaddexp_jvp`). Autodiff will attach the rule itself.
 */
export class JvpFunction extends PyVerbatim {
  /** The rule itself: primal outputs and their tangents, from primals and (instantiated) tangents. */
  readonly rule: CustomJvpRule | undefined;
  constructor(name: string, rule?: CustomJvpRule) {
    super(name);
    this.rule = rule;
  }
  get functionName(): string {
    return this.text;
  }
}

export type CustomJvpRule = (primals: readonly Value[], tangents: readonly Value[]) => [Value[], Value[]];

export interface CustomJvpCallParams extends Params {
  readonly call_jaxpr: ClosedJaxpr;
  readonly jvp_jaxpr_fun: JvpFunction;
  readonly num_consts: number;
  readonly symbolic_zeros: boolean;
}

/** The function name of each traced call_jaxpr, as JAX keeps it in the jaxpr's debug info. */
const functionNames = new WeakMap<Jaxpr, string>();

export const customJvpCallP: Primitive<CustomJvpCallParams> = definePrimitive<CustomJvpCallParams>({
  name: "custom_jvp_call",
  abstractEval: (_avals, p) => p.call_jaxpr.outAvals,
  cpu: (inputs, p) => evalClosedJaxprLikeXla(p.call_jaxpr, inputs),
  // `BatchTrace.process_custom_jvp_call`: the function is batched; outside any staging it just runs, op by op.
  batch: (args, dims, p, axis): BatchResult => {
    if (currentTrace().kind === "eval") {
      return batchSubtrace((xs) => evalJaxpr(p.call_jaxpr.jaxpr, p.call_jaxpr.consts, xs), args, dims, axis);
    }
    const batched = batchJaxpr(p.call_jaxpr, dims, axis);
    const name = functionNames.get(p.call_jaxpr.jaxpr);
    if (name !== undefined) functionNames.set(batched.jaxpr.jaxpr, name);
    return [bind(customJvpCallP, args, { ...p, call_jaxpr: batched.jaxpr }), batched.outDims];
  },
  // `_custom_jvp_call_pp_rule`: the traced function's name first, `jvp` for the rule, num_consts hidden when 0.
  printParams: (p) => {
    const shown: Array<readonly [string, ParamValue]> = [
      ["name", functionNames.get(p.call_jaxpr.jaxpr) ?? "unknown"],
      ["call_jaxpr", p.call_jaxpr],
      ["jvp", p.jvp_jaxpr_fun.functionName],
    ];
    if (p.num_consts) shown.push(["num_consts", p.num_consts]);
    shown.push(["symbolic_zeros", p.symbolic_zeros]);
    return shown;
  },
  // `process_custom_jvp_call`: the rule sees every tangent instantiated (symbolic_zeros=False) and computes
  // the primal outputs itself, on the trace below.
  // Closed-over constants (leading operands) are not differentiated.
  jvp: (primals, tangents, p) => {
    const rule = p.jvp_jaxpr_fun.rule;
    const name = functionNames.get(p.call_jaxpr.jaxpr) ?? "unknown";
    const constTangents = tangents.slice(0, p.num_consts);
    if (!rule || constTangents.some((t) => !(t instanceof Zero))) {
      throw notSupported(`differentiation of the custom_jvp function ${name}`);
    }
    const [outs, outTangents] = rule(
      primals.slice(p.num_consts),
      tangents.slice(p.num_consts).map(instantiate),
    );
    return [outs, outTangents];
  },
});

export interface CustomJvpOptions {
  /** The Python name of the function (`relu`), shown as `name=`. */
  readonly name: string;
  /** The Python name of its JVP rule (`jvp` for rules made by `defjvps`). */
  readonly jvpName: string;
  /** The JVP rule; without it, differentiating the function raises "not supported". */
  readonly jvp?: CustomJvpRule;
}

/**
 * A function decorated with `@custom_jvp`. Outside any trace it just runs `fn`, as JAX's eval trace does;
 * under a trace it traces `fn` into a call_jaxpr and binds `custom_jvp_call`. JAX traces anew on every call,
 * so two calls give two call_jaxprs; a caller that JAX itself caches (an inline `jit` around the call, as
 * jnp.logaddexp) passes `shareKey` to reuse one call_jaxpr object per key.
 */
export function customJvp(
  opts: CustomJvpOptions,
  fn: (args: readonly Value[]) => readonly Value[],
): (args: readonly Value[], shareKey?: string) => Value[] {
  const shared = new Map<string, ClosedJaxpr>();
  return (args, shareKey) => {
    if (currentTrace().kind === "eval") return [...fn(args)];
    const cached = shareKey === undefined ? undefined : shared.get(shareKey);
    if (cached) return bindCustomJvpCall(opts, cached, args);
    const traced = traceToJaxpr(
      (...xs) => fn(xs),
      args.map((a) => a.aval),
    );
    if (shareKey !== undefined && traced.consts.length === 0) shared.set(shareKey, traced);
    return bindCustomJvpCall(opts, traced, args);
  };
}

const callJaxprs = new WeakMap<ClosedJaxpr, ClosedJaxpr>();

/** Bind `custom_jvp_call` for an already traced function: its constants become leading operands. */
export function bindCustomJvpCall(
  opts: CustomJvpOptions,
  traced: ClosedJaxpr,
  args: readonly Value[],
): Value[] {
  let callJaxpr = callJaxprs.get(traced);
  if (!callJaxpr) {
    callJaxpr = constvarsAsInvars(traced);
    callJaxprs.set(traced, callJaxpr);
    functionNames.set(callJaxpr.jaxpr, opts.name);
  }
  return bind(customJvpCallP, [...traced.consts, ...args], {
    call_jaxpr: callJaxpr,
    jvp_jaxpr_fun: new JvpFunction(opts.jvpName, opts.jvp),
    num_consts: traced.consts.length,
    symbolic_zeros: false,
  });
}

/** `pe.convert_constvars_jaxpr`: closed-over values become leading inputs. */
function constvarsAsInvars(cj: ClosedJaxpr): ClosedJaxpr {
  const j = cj.jaxpr;
  if (j.constvars.length === 0) return new ClosedJaxpr(j, []);
  return new ClosedJaxpr(new Jaxpr([], [...j.constvars, ...j.invars], j.outvars, j.eqns), []);
}

// ---- custom_vjp ----

/** The forward rule of a `custom_vjp` function: primal outputs and residuals, from the primal inputs. */
export type CustomVjpFwd = (primals: readonly Value[]) => [Value[], Value[]];
/** Its backward rule: one cotangent per primal input (null for a zero one), from residuals and cotangents. */
export type CustomVjpBwd = (residuals: readonly Value[], cts: readonly Value[]) => (Value | null)[];

/** A `custom_vjp` rule param: prints as the Python function's name, and carries the rule itself. */
export class CustomVjpRule<F> extends PyVerbatim {
  readonly rule: F;
  constructor(name: string, rule: F) {
    super(name);
    this.rule = rule;
  }
}

export interface CustomVjpCallParams extends Params {
  readonly call_jaxpr: ClosedJaxpr;
  readonly fwd_jaxpr_thunk: CustomVjpRule<CustomVjpFwd>;
  readonly bwd: CustomVjpRule<CustomVjpBwd>;
  readonly num_consts: number;
  readonly symbolic_zeros: boolean;
}

const forwardModeError = (): Error =>
  typeError("can't apply forward-mode autodiff (jvp) to a custom_vjp function.");

export const customVjpCallP: Primitive<CustomVjpCallParams> = definePrimitive<CustomVjpCallParams>({
  name: "custom_vjp_call",
  abstractEval: (_avals, p) => p.call_jaxpr.outAvals,
  cpu: (inputs, p) => evalClosedJaxprLikeXla(p.call_jaxpr, inputs),
  printParams: (p) => {
    const shown: Array<readonly [string, ParamValue]> = [
      ["name", functionNames.get(p.call_jaxpr.jaxpr) ?? "unknown"],
      ["bwd", p.bwd],
      ["call_jaxpr", p.call_jaxpr],
      ["fwd", p.fwd_jaxpr_thunk],
    ];
    if (p.num_consts) shown.push(["num_consts", p.num_consts]);
    shown.push(["symbolic_zeros", p.symbolic_zeros]);
    return shown;
  },
  jvp: () => {
    throw forwardModeError();
  },
  // `LinearizeTrace.process_custom_vjp_call`: the forward rule runs now; the tangent trace gets `custom_lin`,
  // whose transposition runs the backward rule.
  linearize: (nonzeros, primals, p) => {
    const name = functionNames.get(p.call_jaxpr.jaxpr) ?? "unknown";
    if (nonzeros.slice(0, p.num_consts).some((nz) => nz)) {
      throw notSupported(
        `differentiation of the custom_vjp function ${name} with respect to values it closes over`,
      );
    }
    const [outs, residuals] = p.fwd_jaxpr_thunk.rule(primals.slice(p.num_consts));
    const inZeros = nonzeros.slice(p.num_consts).map((nz) => !nz);
    return {
      primalsOut: outs,
      nonzerosOut: outs.map(() => true),
      linearized: (tangents) => {
        const nz = tangents.slice(p.num_consts).filter((t): t is Value => !(t instanceof Zero));
        return bind(customLinP, [...residuals, ...nz], {
          num_res: residuals.length,
          bwd: p.bwd,
          out_avals: new OutAvals(outs.map((o) => o.aval)),
          in_zeros: inZeros,
        });
      },
    };
  },
});

/** The output types of `custom_lin`, kept as a param. */
class OutAvals extends PyVerbatim {
  readonly avals: readonly ShapedArray[];
  constructor(avals: readonly ShapedArray[]) {
    super(`(${avals.map((a) => a.strShort()).join(", ")})`);
    this.avals = avals;
  }
}

interface CustomLinParams extends Params {
  readonly num_res: number;
  readonly bwd: CustomVjpRule<CustomVjpBwd>;
  readonly out_avals: OutAvals;
  readonly in_zeros: readonly boolean[];
}

/** `custom_lin`: the linear stand-in of a custom_vjp function; only its transposition can run. */
export const customLinP: Primitive<CustomLinParams> = definePrimitive<CustomLinParams>({
  name: "custom_lin",
  abstractEval: (_avals, p) => [...p.out_avals.avals],
  cpu: () => {
    throw forwardModeError();
  },
  // `_custom_lin_transpose`
  transpose: (cts, args, p) => {
    const residuals = args.slice(0, p.num_res) as Value[];
    const inCts = p.bwd.rule(residuals, cts.map(instantiate));
    const nzCts = inCts.filter((_c, i) => !p.in_zeros[i]);
    return [...residuals.map(() => null), ...nzCts.map((c, i) => c ?? new Zero(args[p.num_res + i].aval))];
  },
});

/** Bind `custom_vjp_call` for an already traced function: its constants become leading operands. */
export function bindCustomVjpCall(
  opts: {
    readonly name: string;
    readonly fwd: CustomVjpRule<CustomVjpFwd>;
    readonly bwd: CustomVjpRule<CustomVjpBwd>;
  },
  traced: ClosedJaxpr,
  args: readonly Value[],
): Value[] {
  const callJaxpr = constvarsAsInvars(traced);
  functionNames.set(callJaxpr.jaxpr, opts.name);
  return bind(customVjpCallP, [...traced.consts, ...args], {
    call_jaxpr: callJaxpr,
    fwd_jaxpr_thunk: opts.fwd,
    bwd: opts.bwd,
    num_consts: traced.consts.length,
    symbolic_zeros: false,
  });
}
