// Reverse mode of `scan` (loops.py's `_scan_linearize`, `_scan_transpose_fancy`): the body is linearized into
// a primal scan, which also stacks the residuals, and a linear scan reading them; the linear scan transposes
// into a scan running the other way, its carry the cotangents of the consts and of the carry.
import type { ShapedArray } from "../../../core/aval.ts";
import { notSupported } from "../../../core/errors.ts";
import type { Linearized } from "../../../core/primitive.ts";
import { traceToJaxpr } from "../../../core/staging.ts";
import { type LinearArg, type Tangent, UndefinedPrimal, Zero } from "../../../core/tangents.ts";
import { bind } from "../../../core/trace.ts";
import type { Value } from "../../../core/values.ts";
import { ClosedJaxpr, Jaxpr } from "../../../ir/jaxpr.ts";
import { linearizeJaxpr } from "../../../transforms/ad/jaxpr-ad.ts";
import { instantiate, zerosLikeAval } from "../../../transforms/ad/rules.ts";
import { backwardPass, CotangentAccum } from "../../../transforms/ad/transpose.ts";
import { moveBindersToBack } from "./jaxpr-surgery.ts";
import { scanKnownHoisting } from "./scan-partial-eval.ts";
import type { ScanParams } from "./scan.ts";
import { scanP } from "./scan.ts";

const count = (bs: readonly boolean[]): number => bs.filter((b) => b).length;

export function scanLinearize(
  nonzeros: readonly boolean[],
  primals: readonly Value[],
  p: ScanParams,
): Linearized {
  const nc = p.num_consts;
  const nk = p.num_carry;
  const numYs = p.jaxpr.outAvals.length - nk;
  const constNz = nonzeros.slice(0, nc);
  const xsNz = nonzeros.slice(nc + nk);
  let carryNz = nonzeros.slice(nc, nc + nk);
  const lin = () =>
    linearizeJaxpr(
      p.jaxpr,
      [...constNz, ...carryNz, ...xsNz],
      [...carryNz, ...new Array<boolean>(numYs).fill(false)],
    );
  let l = lin();
  while (l.nonzerosOut.slice(0, nk).some((nz, i) => nz !== carryNz[i])) {
    carryNz = carryNz.map((c, i) => c || l.nonzerosOut[i]);
    l = lin();
  }
  const nzs = [...constNz, ...carryNz, ...xsNz];
  const numJConsts = p.jaxpr.consts.length;
  // Residuals may forward the consts and the xs, not the carry (`allow_fwds`).
  const allowed = (f: number) => f < numJConsts + nc || f >= numJConsts + nc + nk;
  const inFwd = l.residualForwards.map((f) => (f !== null && allowed(f) ? f : null));
  const pj = l.primalJaxpr.jaxpr;
  const numPrimalsOut = pj.outvars.length - l.numResiduals;
  const computed = pj.outvars.slice(numPrimalsOut);
  let c = 0;
  const extRes = l.residualForwards.flatMap((f) => {
    if (f === null) return [computed[c++]];
    return allowed(f) ? [] : [pj.invars[f - numJConsts]];
  });
  const primalJaxpr = new ClosedJaxpr(
    new Jaxpr(pj.constvars, pj.invars, [...pj.outvars.slice(0, numPrimalsOut), ...extRes], pj.eqns),
    l.primalJaxpr.consts,
  );
  const hoisted = scanKnownHoisting(primalJaxpr, primals.slice(0, nc), extRes.length);
  let h = 0;
  const resToMove = inFwd.map((f) => (f === null ? !hoisted.whichHoisted[h++] : f >= numJConsts + nc + nk));
  const numTangentsIn = l.tangentJaxpr.jaxpr.invars.length - inFwd.length;
  const tangentJaxpr = moveBindersToBack(l.tangentJaxpr, [
    ...resToMove,
    ...new Array<boolean>(numTangentsIn).fill(false),
  ]);
  const out =
    hoisted.jaxpr.jaxpr.outvars.length === 0
      ? []
      : bind(scanP, [...hoisted.consts, ...primals.slice(nc)], {
          ...p,
          jaxpr: hoisted.jaxpr,
          num_consts: hoisted.consts.length,
        });
  const primalsOut = out.slice(0, numPrimalsOut);
  const ext = out.slice(numPrimalsOut);
  let e = 0;
  let k = 0;
  const computedRes = hoisted.whichHoisted.map((w) => (w ? hoisted.hoistedRes[k++] : ext[e++]));
  let r = 0;
  const fwdSources = [...p.jaxpr.consts, ...primals];
  const res = inFwd.map((f) => (f === null ? computedRes[r++] : fwdSources[f]));
  const outAvals = p.jaxpr.outAvals;
  return {
    primalsOut,
    nonzerosOut: l.nonzerosOut,
    linearized(tangents) {
      const intRes = res.filter((_, i) => !resToMove[i]);
      const extRes2 = res.filter((_, i) => resToMove[i]);
      const nzTangents = tangents.filter((_, i) => nzs[i]).map((t) => instantiate(t));
      const outs = bind(scanP, [...intRes, ...nzTangents, ...extRes2], {
        ...p,
        jaxpr: tangentJaxpr,
        num_consts: intRes.length + count(nzs.slice(0, nc)),
        num_carry: count(nzs.slice(nc, nc + nk)),
      });
      let k = 0;
      return outAvals.map((a, i) => (l.nonzerosOut[i] ? outs[k++] : new Zero(a)));
    },
  };
}

/** The aval of one row of a stacked array. */
const rowAval = (a: ShapedArray): ShapedArray => a.withShape(a.shape.slice(1));

const transposedCache = new WeakMap<ClosedJaxpr, Map<string, ClosedJaxpr>>();

/** `_transpose_scan_jaxpr_fancy`: [ires, ct consts, ct carry, ct ys, eres] -> [ct consts, ct carry, ct xs]. */
function transposeScanJaxpr(
  jaxpr: ClosedJaxpr,
  numIres: number,
  numLinConsts: number,
  numCarry: number,
  numLinXs: number,
  ysNz: readonly boolean[],
  transAvals: readonly ShapedArray[],
): ClosedJaxpr {
  const key = `${numIres}|${numLinConsts}|${numCarry}|${numLinXs}|${ysNz.join()}|${transAvals.map((a) => a.key())}`;
  let perJaxpr = transposedCache.get(jaxpr);
  const hit = perJaxpr?.get(key);
  if (hit) return hit;
  const inAvals = jaxpr.inAvals;
  const outAvals = jaxpr.outAvals;
  const numYsNz = count(ysNz);
  const transposed = traceToJaxpr((...args) => {
    let i = 0;
    const take = (n: number) => args.slice(i, (i += n));
    const ires = take(numIres);
    const ctConsts = take(numLinConsts);
    const ctCarry = take(numCarry);
    const ctYsNz = take(numYsNz);
    const eres = take(args.length - i);
    const constAccums = ctConsts.map((x) => {
      const acc = new CotangentAccum(x.aval);
      acc.accum(x);
      return acc;
    });
    const carryAccums = ctCarry.map((x) => new CotangentAccum(x.aval));
    const xsStart = numIres + numLinConsts + numCarry;
    const xsAccums = inAvals.slice(xsStart, xsStart + numLinXs).map((a) => new CotangentAccum(a));
    let y = 0;
    const ctYs: Tangent[] = ysNz.map((nz, k) => (nz ? ctYsNz[y++] : new Zero(outAvals[numCarry + k])));
    backwardPass(
      jaxpr.jaxpr,
      jaxpr.consts,
      [...ires, ...constAccums, ...carryAccums, ...xsAccums, ...eres],
      [...ctCarry, ...ctYs],
    );
    return [...constAccums, ...carryAccums, ...xsAccums].map((acc) => instantiate(acc.freeze()));
  }, transAvals);
  if (!perJaxpr) transposedCache.set(jaxpr, (perJaxpr = new Map()));
  perJaxpr.set(key, transposed);
  return transposed;
}

export function scanTranspose(
  cts: readonly Tangent[],
  args: readonly LinearArg[],
  p: ScanParams,
): (Tangent | null)[] {
  const nc = p.num_consts;
  const nk = p.num_carry;
  const linear = args.map((a) => a instanceof UndefinedPrimal);
  const constsLin = linear.slice(0, nc);
  const numIres = count(constsLin.map((l) => !l));
  const numLinXs = count(linear.slice(nc + nk));
  // The carry may be known (an instantiated zero tangent); it still takes a cotangent slot.
  const ok =
    constsLin.every((l, i) => l === i >= numIres) &&
    linear.slice(nc + nk).every((l, i) => l === i < numLinXs);
  if (!ok) throw notSupported("transposition of this lax.scan");
  const ires = args.slice(0, numIres) as Value[];
  const eres = args.slice(nc + nk + numLinXs) as Value[];
  const ctCarry = cts.slice(0, nk).map((t) => instantiate(t));
  const ctYs = cts.slice(nk);
  const ysNz = ctYs.map((t) => !(t instanceof Zero));
  // The consts' cotangents start as zeros of the body's binder types (weak types included), as in JAX.
  const ctConsts = p.jaxpr.inAvals.slice(numIres, nc).map((a) => zerosLikeAval(a));
  const ctYsNz = ctYs.filter((t): t is Value => !(t instanceof Zero));
  const transIn = [...ires, ...ctConsts, ...ctCarry, ...ctYsNz, ...eres];
  const numIntensive = numIres + ctConsts.length + nk;
  const transAvals = transIn.map((x, i) => (i < numIntensive ? x.aval : rowAval(x.aval)));
  const jaxpr = transposeScanJaxpr(p.jaxpr, numIres, ctConsts.length, nk, numLinXs, ysNz, transAvals);
  const outs = bind(scanP, transIn, {
    ...p,
    jaxpr,
    reverse: !p.reverse,
    num_consts: numIres,
    num_carry: ctConsts.length + nk,
  });
  // outs: the cotangents of the linear consts, of every carry, of the linear xs; args' order too.
  return args.map((a, i) => (a instanceof UndefinedPrimal ? outs[i - numIres] : null));
}
