import type { ShapedArray } from "../core/aval.ts";
import { evalClosedJaxprLikeXla } from "../runtime/cpu/xla-eval.ts";
import { definePrimitive } from "../core/primitive.ts";
import { traceToJaxpr } from "../core/staging.ts";
import { bind } from "../core/trace.ts";
import { Tracer, type Value } from "../core/values.ts";
import { ClosedJaxpr, Jaxpr, type ParamValue } from "../ir/jaxpr.ts";

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
  // Run as XLA runs a compiled computation (constant folding, fused multiply-adds): see xla-eval.ts.
  cpu: (inputs, params) => evalClosedJaxprLikeXla(params.jaxpr, inputs),
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

const withConstsAsArgs = new WeakMap<ClosedJaxpr, ClosedJaxpr>();

/**
 * Bind `jit` on the current trace, for an already traced jaxpr. Closed-over concrete arrays stay consts of
 * the inner jaxpr; if it closed over values of an enclosing trace, every const becomes a leading argument,
 * as JAX does.
 */
export function bindJit(name: string, jaxpr: ClosedJaxpr, args: readonly Value[], donated?: readonly boolean[]): Value[] {
  let operands = args;
  let flags = donated ?? args.map(() => false);
  if (jaxpr.consts.some((c) => c instanceof Tracer)) {
    let converted = withConstsAsArgs.get(jaxpr);
    if (!converted) {
      const j = jaxpr.jaxpr;
      converted = new ClosedJaxpr(new Jaxpr([], [...j.constvars, ...j.invars], j.outvars, j.eqns), []);
      withConstsAsArgs.set(jaxpr, converted);
    }
    operands = [...jaxpr.consts, ...args];
    flags = [...jaxpr.consts.map(() => false), ...flags];
    jaxpr = converted;
  }
  jitStats.calls++;
  return bind(jitP, operands, { name, jaxpr, donated_invars: flags, inline: false, keep_unused: false });
}

/** What the app shows about jit: how many functions were traced, and how many calls hit the cache. */
export const jitStats = { traces: 0, cacheHits: 0, calls: 0 };

/** A cache key for static arguments; JSON alone would turn inf and nan into null. */
function staticsKey(statics: readonly unknown[]): string {
  return JSON.stringify(statics, (_k, v: unknown) => (typeof v === "number" && !Number.isFinite(v) ? `number:${v}` : v));
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
    const key = avals.map((a) => a.key()).join(";") + "|" + staticsKey(statics);
    let jaxpr = cache.get(key);
    if (!jaxpr) {
      jaxpr = traceToJaxpr((...tracers) => fn(tracers, statics), avals, { functionName: name });
      cache.set(key, jaxpr);
    }
    return bindJit(name, jaxpr, args);
  };
}
