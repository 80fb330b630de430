// `stop_gradient` and `custom_jvp_call` (jax/_src/ad_util.py, jax/_src/custom_derivatives.py).
// The JVP rules join these definitions with autodiff; until then custom_jvp_call evaluates its call_jaxpr.
import { notSupported } from "../../core/errors.ts";
import { definePrimitive, type Primitive } from "../../core/primitive.ts";
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
  jvp: (primals, tangents, p) => {
    const rule = p.jvp_jaxpr_fun.rule;
    const name = functionNames.get(p.call_jaxpr.jaxpr) ?? "unknown";
    if (!rule || p.num_consts !== 0) throw notSupported(`differentiation of the custom_jvp function ${name}`);
    const [outs, outTangents] = rule(primals, tangents.map(instantiate));
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
    let callJaxpr = shareKey === undefined ? undefined : shared.get(shareKey);
    let consts: readonly Value[] = [];
    if (!callJaxpr) {
      const traced = traceToJaxpr(
        (...xs) => fn(xs),
        args.map((a) => a.aval),
      );
      consts = traced.consts;
      callJaxpr = constvarsAsInvars(traced);
      functionNames.set(callJaxpr.jaxpr, opts.name);
      if (shareKey !== undefined && consts.length === 0) shared.set(shareKey, callJaxpr);
    }
    return bind(customJvpCallP, [...consts, ...args], {
      call_jaxpr: callJaxpr,
      jvp_jaxpr_fun: new JvpFunction(opts.jvpName, opts.jvp),
      num_consts: consts.length,
      symbolic_zeros: false,
    });
  };
}

/** `pe.convert_constvars_jaxpr`: closed-over values become leading inputs. */
function constvarsAsInvars(cj: ClosedJaxpr): ClosedJaxpr {
  const j = cj.jaxpr;
  if (j.constvars.length === 0) return new ClosedJaxpr(j, []);
  return new ClosedJaxpr(new Jaxpr([], [...j.constvars, ...j.invars], j.outvars, j.eqns), []);
}
