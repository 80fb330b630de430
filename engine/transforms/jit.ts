import type { ShapedArray } from "../core/aval.ts";
import { evalClosedJaxpr } from "../core/eval.ts";
import { definePrimitive } from "../core/primitive.ts";
import { traceToJaxpr } from "../core/staging.ts";
import { bind } from "../core/trace.ts";
import type { ArrayValue, Value } from "../core/values.ts";
import type { ClosedJaxpr, ParamValue } from "../ir/jaxpr.ts";

export interface JitParams {
  readonly [k: string]: ParamValue;
  readonly name: string;
  readonly jaxpr: ClosedJaxpr;
  /** One flag per input; printed only when some input is donated. */
  readonly donated_invars: readonly boolean[];
  readonly inline: boolean;
  readonly keep_unused: boolean;
}

export const jitP = definePrimitive<JitParams>({
  name: "jit",
  abstractEval: (_avals, params) => params.jaxpr.outAvals,
  cpu: (inputs, params) => evalClosedJaxpr(params.jaxpr, inputs) as ArrayValue[],
  // `_pjit_pp_rule`: name first; defaults (inline, all-False donated_invars, shardings, layouts,
  // keep_unused, ctx_mesh, compiler options) hidden.
  printParams: (p) => {
    const shown: Array<readonly [string, ParamValue]> = [["name", p.name]];
    if (p.donated_invars.some((d) => d)) shown.push(["donated_invars", p.donated_invars]);
    shown.push(["jaxpr", p.jaxpr]);
    if (p.keep_unused) shown.push(["keep_unused", true]);
    return shown;
  },
});

/** Bind `jit` on the current trace, for an already traced jaxpr. */
export function bindJit(name: string, jaxpr: ClosedJaxpr, args: readonly Value[], donated?: readonly boolean[]): Value[] {
  if (jaxpr.consts.length) throw new Error("bindJit expects a jaxpr whose consts were made into arguments");
  return bind(jitP, args, {
    name,
    jaxpr,
    donated_invars: donated ?? args.map(() => false),
    inline: false,
    keep_unused: false,
  });
}

/**
 * A function of the engine that JAX defines with `@jit` (`_where`, `clip`, `_linspace`...). Traced once per
 * argument types (weak types included) and cached, so repeated uses share one jaxpr object, as in JAX.
 * `fn` receives tracers for its array arguments; `statics` are baked into the cache key.
 */
export function jitted(
  name: string,
  fn: (args: readonly Value[], statics: readonly unknown[]) => readonly Value[],
): (args: readonly Value[], statics?: readonly unknown[]) => Value[] {
  const cache = new Map<string, ClosedJaxpr>();
  return (args, statics = []) => {
    const avals: ShapedArray[] = args.map((a) => a.aval);
    const key = avals.map((a) => a.key()).join(";") + "|" + JSON.stringify(statics);
    let jaxpr = cache.get(key);
    if (!jaxpr) {
      jaxpr = closeOverConsts(traceToJaxpr((...tracers) => fn(tracers, statics), avals, { functionName: name }));
      cache.set(key, jaxpr);
    }
    return bindJit(name, jaxpr, args);
  };
}

function closeOverConsts(cj: ClosedJaxpr): ClosedJaxpr {
  if (cj.consts.length) {
    throw new Error(`internal: jitted engine function closed over ${cj.consts.length} arrays`);
  }
  return cj;
}
