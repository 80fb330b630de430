// Autodiff of whole jaxprs, for primitives that carry one (`jit`): ad.jvp_jaxpr, ad.linearize_jaxpr and the
// transposition that pjit.py's `_pjit_transpose_fancy` traces.
import type { ShapedArray } from "../../core/aval.ts";
import { evalJaxpr } from "../../core/eval.ts";
import { StagingTrace, traceToJaxpr } from "../../core/staging.ts";
import { type Tangent, Zero } from "../../core/tangents.ts";
import { popTrace, pushTrace, withCurrentTrace } from "../../core/trace.ts";
import type { Value } from "../../core/values.ts";
import { ClosedJaxpr, Jaxpr, Var } from "../../ir/jaxpr.ts";
import { dceClosedJaxpr } from "./dce.ts";
import { jvpFlat } from "./jvp.ts";
import { instantiate as instantiateZeros, zerosLikeAval } from "./rules.ts";
import { LinearizeTrace } from "./linearize.ts";
import { backwardPass, CotangentAccum } from "./transpose.ts";

/** Memoize per jaxpr object and key, as JAX's weakref_lru_cache does (so repeated uses share one jaxpr). */
function memo<T>(cache: WeakMap<ClosedJaxpr, Map<string, T>>, j: ClosedJaxpr, key: string, make: () => T): T {
  let m = cache.get(j);
  if (!m) cache.set(j, (m = new Map()));
  let v = m.get(key);
  if (v === undefined) m.set(key, (v = make()));
  return v;
}

const flags = (bs: readonly boolean[]): string => bs.map((b) => (b ? "1" : "0")).join("");

export interface JvpJaxpr {
  /** Inputs: the primals, then the nonzero tangents; outputs: the primals, then the nonzero tangents. */
  readonly jaxpr: ClosedJaxpr;
  readonly nonzerosOut: boolean[];
}

const jvpCache = new WeakMap<ClosedJaxpr, Map<string, JvpJaxpr>>();

/** `ad.jvp_jaxpr(jaxpr, nonzeros, instantiate)`: output tangents flagged in `instantiate` are never symbolic zeros. */
export function jvpJaxpr(
  j: ClosedJaxpr,
  nonzeros: readonly boolean[],
  instantiate: readonly boolean[] = [],
): JvpJaxpr {
  return memo(jvpCache, j, `${flags(nonzeros)}|${flags(instantiate)}`, () => {
    let nonzerosOut: boolean[] = [];
    const avals = j.inAvals;
    const tangentAvals = avals.filter((_a, i) => nonzeros[i]);
    const jaxpr = traceToJaxpr(
      (...args) => {
        const primals = args.slice(0, avals.length);
        const nz = args.slice(avals.length);
        let k = 0;
        const tangents: Tangent[] = avals.map((a, i) => (nonzeros[i] ? nz[k++] : new Zero(a)));
        const jvp = jvpFlat((xs) => evalJaxpr(j.jaxpr, j.consts, xs), primals, tangents);
        const primalsOut = jvp.primalsOut;
        const tangentsOut = jvp.tangentsOut.map((t, i) => (instantiate[i] ? instantiateZeros(t) : t));
        nonzerosOut = tangentsOut.map((t) => !(t instanceof Zero));
        return [...primalsOut, ...tangentsOut.filter((t): t is Value => !(t instanceof Zero))];
      },
      [...avals, ...tangentAvals],
    );
    return { jaxpr, nonzerosOut };
  });
}

export interface LinearizedJaxpr {
  /** The primal computation: outputs are the primal outputs, then the residuals. */
  readonly primalJaxpr: ClosedJaxpr;
  readonly numResiduals: number;
  readonly nonzerosOut: boolean[];
  /** Per residual of the tangent jaxpr: the index in [...consts, ...primal inputs] it forwards, or null. */
  readonly residualForwards: (number | null)[];
  /** The linear computation: inputs are the residuals, then the nonzero tangents. */
  readonly tangentJaxpr: ClosedJaxpr;
}

const linCache = new WeakMap<ClosedJaxpr, Map<string, LinearizedJaxpr>>();

/**
 * `ad.linearize_jaxpr(jaxpr, nonzeros, instantiate)`: split a jaxpr into its primal and its linear (tangent)
 * parts; output tangents flagged in `instantiate` are zeros rather than symbolic zeros.
 */
export function linearizeJaxpr(
  j: ClosedJaxpr,
  nonzeros: readonly boolean[],
  instantiate: readonly boolean[] = [],
): LinearizedJaxpr {
  return memo(linCache, j, `${flags(nonzeros)}|${flags(instantiate)}`, () => {
    const primalTrace = pushTrace((level) => new StagingTrace(level)) as StagingTrace;
    const tangentTrace = pushTrace((level) => new StagingTrace(level)) as StagingTrace;
    const lin = pushTrace((level) => new LinearizeTrace(level, primalTrace, tangentTrace)) as LinearizeTrace;
    let inPrimals: Value[];
    let pairs: [Value, Tangent][];
    try {
      inPrimals = j.inAvals.map((a) => primalTrace.newArg(a));
      const tracers = inPrimals.map((p, i) =>
        lin.wrap(p, nonzeros[i] ? tangentTrace.newArg(p.aval) : new Zero(p.aval)),
      );
      const outs = evalJaxpr(j.jaxpr, j.consts, tracers);
      pairs = outs.map((o) => lin.toPair(o));
      pairs = pairs.map(([p, t], i) =>
        instantiate[i] && t instanceof Zero
          ? [p, withCurrentTrace(tangentTrace, () => zerosLikeAval(t.aval))]
          : [p, t],
      );
    } finally {
      popTrace(lin);
      popTrace(tangentTrace);
      popTrace(primalTrace);
    }
    const nonzerosOut = pairs.map((p) => !(p[1] instanceof Zero));
    const staged = dceClosedJaxpr(
      tangentTrace.finish(pairs.map((p) => p[1]).filter((t): t is Value => !(t instanceof Zero))),
    );
    const tangentJaxpr = constvarsAsInvars(staged);
    const fwdInputs: readonly Value[] = [...j.consts, ...inPrimals];
    const residualForwards = staged.consts.map((c) => {
      const i = fwdInputs.indexOf(c);
      return i < 0 ? null : i;
    });
    const residuals = staged.consts.filter((_c, i) => residualForwards[i] === null);
    const primalJaxpr = dceClosedJaxpr(primalTrace.finish([...pairs.map((p) => p[0]), ...residuals]));
    return { primalJaxpr, numResiduals: residuals.length, nonzerosOut, residualForwards, tangentJaxpr };
  });
}

/** `pe.convert_constvars_jaxpr`: constvars become leading invars. */
export function constvarsAsInvars(cj: ClosedJaxpr): ClosedJaxpr {
  const jx = cj.jaxpr;
  return new ClosedJaxpr(new Jaxpr([], [...jx.constvars, ...jx.invars], jx.outvars, jx.eqns), []);
}

/** Keep the outputs of a jaxpr where `keep` is true. */
export function pruneOutputs(cj: ClosedJaxpr, keep: readonly boolean[]): ClosedJaxpr {
  const jx = cj.jaxpr;
  return dceClosedJaxpr(
    new ClosedJaxpr(
      new Jaxpr(
        jx.constvars,
        jx.invars,
        jx.outvars.filter((_o, i) => keep[i]),
        jx.eqns,
      ),
      cj.consts,
    ),
  );
}

/** `pe._jaxpr_forwarding`: for each output, the input it is (or null). */
export function inputForwarding(jx: Jaxpr): (number | null)[] {
  return jx.outvars.map((o) => {
    if (!(o instanceof Var)) return null;
    const i = jx.invars.indexOf(o);
    return i < 0 ? null : i;
  });
}

export interface TransposedJaxpr {
  /** Inputs: the known arguments, then the nonzero cotangents; outputs: the nonzero input cotangents. */
  readonly jaxpr: ClosedJaxpr;
  /** Per argument: whether its cotangent is an output (false for known arguments and zero cotangents). */
  readonly outputs: boolean[];
}

const transposeCache = new WeakMap<ClosedJaxpr, Map<string, TransposedJaxpr>>();

/**
 * `_transpose_jaxpr_fancy`: the backward pass of a linear jaxpr, traced into a jaxpr; input cotangents
 * flagged in `instantiate` are zeros rather than symbolic zeros.
 */
export function transposeJaxpr(
  j: ClosedJaxpr,
  linear: readonly boolean[],
  knownAvals: readonly ShapedArray[],
  ctAvals: readonly (ShapedArray | null)[],
  instantiate: readonly boolean[] = [],
): TransposedJaxpr {
  const key = `${flags(linear)}|${flags(instantiate)}|${knownAvals.map((a) => a.key()).join(",")}|${ctAvals.map((a) => a?.key() ?? "0").join(",")}`;
  return memo(transposeCache, j, key, () => {
    let outputs: boolean[] = [];
    const outAvals = j.outAvals;
    const jaxpr = traceToJaxpr(
      (...ins) => {
        const known = ins.slice(0, knownAvals.length);
        const nzCts = ins.slice(knownAvals.length);
        let k = 0;
        let c = 0;
        const args = j.inAvals.map((a, i) => (linear[i] ? new CotangentAccum(a) : known[k++]));
        const cts: Tangent[] = outAvals.map((a, i) => (ctAvals[i] === null ? new Zero(a) : nzCts[c++]));
        backwardPass(j.jaxpr, j.consts, args, cts);
        const out = args.map((x, i) => {
          if (!(x instanceof CotangentAccum)) return null;
          return instantiate[i] ? instantiateZeros(x.freeze()) : x.freeze();
        });
        outputs = out.map((t) => t !== null && !(t instanceof Zero));
        return out.filter((t): t is Value => t !== null && !(t instanceof Zero));
      },
      [...knownAvals, ...ctAvals.filter((a): a is ShapedArray => a !== null)],
    );
    return { jaxpr, outputs };
  });
}
