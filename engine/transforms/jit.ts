import type { ShapedArray } from "../core/aval.ts";
import { evalClosedJaxprLikeXla } from "../runtime/cpu/xla-eval.ts";
import { type BatchResult, definePrimitive, type Linearized, type Primitive } from "../core/primitive.ts";
import { batchJaxpr } from "./batching.ts";
import { UndefinedPrimal, Zero } from "../core/tangents.ts";
import {
  inputForwarding,
  jvpJaxpr,
  type LinearizedJaxpr,
  linearizeJaxpr,
  pruneOutputs,
  transposeJaxpr,
} from "./ad/jaxpr-ad.ts";
import { traceToJaxpr } from "../core/staging.ts";
import "./jit-partial-eval.ts";
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

export const jitP: Primitive<JitParams> = definePrimitive<JitParams>({
  name: "jit",
  abstractEval: (_avals, params) => params.jaxpr.outAvals,
  // Run as XLA runs a compiled computation (constant folding, fused multiply-adds): see xla-eval.ts.
  cpu: (inputs, params) => evalClosedJaxprLikeXla(params.jaxpr, inputs),
  // Its results are computed afresh, except those that are its inputs or its (pinned) constants.
  freshResults: true,
  // `_pjit_batcher`: the body is batched into a new jaxpr, bound as a jit of the same name.
  batch: (args, dims, params, axis): BatchResult => {
    const batched = batchJaxpr(params.jaxpr, dims, axis);
    return [bind(jitP, args, { ...params, jaxpr: batched.jaxpr }), batched.outDims];
  },
  // `_pjit_pp_rule`: name first; defaults (inline, all-False donated_invars, shardings, layouts,
  // keep_unused, ctx_mesh, compiler options) hidden.
  printParams: (p) => {
    const shown: Array<readonly [string, ParamValue]> = [["name", p.name]];
    if (p.donated_invars.some((d) => d)) shown.push(["donated_invars", p.donated_invars]);
    shown.push(["jaxpr", p.jaxpr]);
    if (p.keep_unused) shown.push(["keep_unused", true]);
    return shown;
  },
  // `_pjit_jvp`: one jit of the JVP of the body, on the primals and the nonzero tangents.
  jvp: (primals, tangents, p) => {
    const nonzeros = tangents.map((t) => !(t instanceof Zero));
    const { jaxpr, nonzerosOut } = jvpJaxpr(p.jaxpr, nonzeros);
    const nzTangents = tangents.filter((t): t is Value => !(t instanceof Zero));
    const outs = bind(
      jitP,
      [...primals, ...nzTangents],
      withJaxpr(p, jaxpr, [...p.donated_invars, ...p.donated_invars.filter((_d, i) => nonzeros[i])]),
    );
    const n = p.jaxpr.jaxpr.outvars.length;
    let k = n;
    return [outs.slice(0, n), p.jaxpr.outAvals.map((a, i) => (nonzerosOut[i] ? outs[k++] : new Zero(a)))];
  },
  // `_pjit_linearize`: a jit of the primal part now (returning residuals too), a jit of the tangent part later.
  linearize: (nonzeros, primals, p) => jitLinearize(nonzeros, primals, p),
  // `_pjit_transpose_fancy`: a jit of the transposed body.
  transpose: (cts, args, p) => {
    const linear = args.map((a) => a instanceof UndefinedPrimal);
    const known = args.filter((a): a is Value => !(a instanceof UndefinedPrimal));
    const ctAvals = cts.map((c) => (c instanceof Zero ? null : c.aval));
    const t = transposeJaxpr(
      p.jaxpr,
      linear,
      known.map((a) => a.aval),
      ctAvals,
    );
    const nzCts = cts.filter((c): c is Value => !(c instanceof Zero));
    const ins = [...known, ...nzCts];
    const outs = bind(
      jitP,
      ins,
      withJaxpr(
        p,
        t.jaxpr,
        ins.map(() => false),
      ),
    );
    let k = 0;
    return args.map((a, i) =>
      a instanceof UndefinedPrimal ? (t.outputs[i] ? outs[k++] : new Zero(a.aval)) : null,
    );
  },
});

const withConstsAsArgs = new WeakMap<ClosedJaxpr, ClosedJaxpr>();

/**
 * Bind `jit` on the current trace, for an already traced jaxpr. Closed-over concrete arrays stay consts of
 * the inner jaxpr; if it closed over values of an enclosing trace, every const becomes a leading argument,
 * as JAX does.
 */
export function bindJit(
  name: string,
  jaxpr: ClosedJaxpr,
  args: readonly Value[],
  donated?: readonly boolean[],
): Value[] {
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
  return JSON.stringify(statics, (_k, v: unknown) =>
    typeof v === "number" && !Number.isFinite(v) ? `number:${v}` : v,
  );
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

function withJaxpr(p: JitParams, jaxpr: ClosedJaxpr, donated: readonly boolean[]): JitParams {
  return { ...p, jaxpr, donated_invars: donated };
}

/** The primal jit of a linearization, with forwarded outputs pruned; one per linearization (shared jaxprs). */
interface PrunedPrimal {
  readonly jaxpr: ClosedJaxpr;
  readonly numPrimalsOut: number;
  readonly inFwd: (number | null)[];
  readonly outFwd: (number | null)[];
}

const prunedPrimals = new WeakMap<LinearizedJaxpr, PrunedPrimal>();

function prunedPrimal(lin: LinearizedJaxpr): PrunedPrimal {
  let pruned = prunedPrimals.get(lin);
  if (pruned) return pruned;
  const numPrimalsOut = lin.primalJaxpr.jaxpr.outvars.length - lin.numResiduals;
  // Outputs that are inputs are not returned by the jit.
  const inFwd = inputForwarding(lin.primalJaxpr.jaxpr);
  const afterIn = pruneOutputs(
    lin.primalJaxpr,
    inFwd.map((f) => f === null),
  );
  // Residuals that are also primal outputs are returned once.
  const outvars = afterIn.jaxpr.outvars;
  const numKeptPrimals = inFwd.slice(0, numPrimalsOut).filter((f) => f === null).length;
  const outFwd = outvars.map((v, i) => {
    if (i < numKeptPrimals) return null;
    const j = outvars.slice(0, numKeptPrimals).indexOf(v);
    return j < 0 ? null : j;
  });
  const jaxpr = pruneOutputs(
    afterIn,
    outFwd.map((f) => f === null),
  );
  pruned = { jaxpr, numPrimalsOut, inFwd, outFwd };
  prunedPrimals.set(lin, pruned);
  return pruned;
}

/** `_pjit_linearize`, with its input-to-output and output-to-output forwarding of residuals. */
function jitLinearize(nonzeros: readonly boolean[], primalsIn: readonly Value[], p: JitParams): Linearized {
  const lin = linearizeJaxpr(p.jaxpr, nonzeros);
  const { jaxpr, numPrimalsOut, inFwd, outFwd } = prunedPrimal(lin);
  const bound = bind(jitP, primalsIn, withJaxpr(p, jaxpr, p.donated_invars));
  const all = subsList(inFwd, primalsIn, subsList(outFwd, bound, bound));
  const primalsOut = all.slice(0, numPrimalsOut);
  const residuals = subsList(
    lin.residualForwards,
    [...p.jaxpr.consts, ...primalsIn],
    all.slice(numPrimalsOut),
  );
  const tangentAvals = p.jaxpr.outAvals;
  return {
    primalsOut,
    nonzerosOut: lin.nonzerosOut,
    linearized(tangents) {
      const nz = tangents.filter((_t, i) => nonzeros[i]) as Value[];
      const ins = [...residuals, ...nz];
      const outs = bind(
        jitP,
        ins,
        withJaxpr(
          p,
          lin.tangentJaxpr,
          ins.map(() => false),
        ),
      );
      let k = 0;
      return tangentAvals.map((a, i) => (lin.nonzerosOut[i] ? outs[k++] : new Zero(a)));
    },
  };
}

/** `util.subs_list`: where `subs` names an index, take it from `src`; elsewhere take the next of `base`. */
function subsList<T>(subs: readonly (number | null)[], src: readonly T[], base: readonly T[]): T[] {
  let k = 0;
  return subs.map((s) => (s === null ? base[k++] : src[s]));
}
