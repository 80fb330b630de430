// Partial evaluation of `scan` (loops.py's `_scan_partial_eval`, `_scan_known_hoisting`): the known part of
// the body loops now, with what depends on the known consts alone hoisted out of the loop; the unknown part
// is recorded as a scan reading the known part's residuals.
import type { Value } from "../../../core/values.ts";
import { bind } from "../../../core/trace.ts";
import { ClosedJaxpr, Jaxpr, type JaxprEqn } from "../../../ir/jaxpr.ts";
import {
  constNode,
  definePartialEvalRule,
  instantiateConst,
  isKnown,
  type Node,
  partialEvalJaxpr,
  partialEvalJaxprFwd,
  type PartialValue,
  recordEqn,
} from "../../../transforms/partial-eval.ts";
import { moveBindersToBack } from "./jaxpr-surgery.ts";
import { type ScanParams, scanP } from "./scan.ts";

const count = (bs: readonly boolean[]): number => bs.filter((b) => b).length;

/**
 * `_scan_known_hoisting`: the primal body is partially evaluated with its consts known, so what depends on
 * them alone runs once, before the loop. Returns the body left to loop over (its consts first), its consts,
 * which residuals were hoisted, and their values.
 */
export function scanKnownHoisting(primal: ClosedJaxpr, knownConsts: readonly Value[], numRes: number) {
  const others = primal.inAvals.slice(knownConsts.length).map(() => null);
  const numKnownOuts = primal.outAvals.length - numRes;
  const pe = partialEvalJaxpr(
    primal,
    [...knownConsts, ...others],
    [...new Array<boolean>(numKnownOuts).fill(true), ...new Array<boolean>(numRes).fill(false)],
  );
  const resKnown = pe.knownOuts.slice(numKnownOuts);
  return {
    jaxpr: new ClosedJaxpr(
      new Jaxpr([], [...pe.jaxpr.constvars, ...pe.jaxpr.invars], pe.jaxpr.outvars, pe.jaxpr.eqns),
      [],
    ),
    consts: pe.consts,
    whichHoisted: resKnown.map((r) => r !== null),
    hoistedRes: resKnown.filter((r): r is Value => r !== null),
  };
}

/** `_scan_partial_eval`. */
function scanPartialEval(eqn: JaxprEqn, ins: readonly PartialValue[]): PartialValue[] {
  const p = eqn.params as ScanParams;
  const nc = p.num_consts;
  const nk = p.num_carry;
  const numYs = p.jaxpr.outAvals.length - nk;
  const uk = ins.map((x) => !isKnown(x));
  const constUk = uk.slice(0, nc);
  const xsUk = uk.slice(nc + nk);
  let carryUk = uk.slice(nc, nc + nk);
  // Residuals may not be forwarded from the carry, nor from numpy arrays.
  const fwd = ins.map(
    (x, i) =>
      (i < nc || i >= nc + nk) && !(isKnown(x) && "origin" in x && x.origin !== "jax" && x.aval.ndim > 0),
  );
  let unknowns = [...constUk, ...carryUk, ...xsUk];
  let split = partialEvalJaxprFwd(
    p.jaxpr,
    unknowns,
    [...carryUk, ...new Array<boolean>(numYs).fill(false)],
    fwd,
  );
  for (;;) {
    const carryUkOut = split.outUnknowns.slice(0, nk);
    if (carryUkOut.every((u, i) => u === carryUk[i])) break;
    carryUk = carryUk.map((u, i) => u || carryUkOut[i]);
    unknowns = [...constUk, ...carryUk, ...xsUk];
    split = partialEvalJaxprFwd(
      p.jaxpr,
      unknowns,
      [...carryUk, ...new Array<boolean>(numYs).fill(false)],
      fwd,
    );
  }
  const numResOut = split.numResiduals;
  const numKnownsOut = split.known.outAvals.length - numResOut;
  const numConstsKnown = nc - count(constUk);
  const numCarryKnown = nk - count(carryUk);
  const tracers = ins.map((x, i) => (unknowns[i] ? instantiateConst(x) : x));
  const knownIns = tracers.filter(isKnown);
  const knownConsts = knownIns.slice(0, numConstsKnown);
  const knownRest = knownIns.slice(numConstsKnown);
  const hoisted = scanKnownHoisting(split.known, knownConsts, numResOut);
  let h = 0;
  const numJConsts = p.jaxpr.consts.length;
  const resToMove = split.fwds.map((f) =>
    f === null ? !hoisted.whichHoisted[h++] : f >= numJConsts + numConstsKnown + numCarryKnown,
  );
  const numUnkIn = split.unknown.inAvals.length - split.fwds.length;
  const jaxprUnknown = moveBindersToBack(split.unknown, [
    ...resToMove,
    ...new Array<boolean>(numUnkIn).fill(false),
  ]);
  const knownOutsExt =
    hoisted.jaxpr.outAvals.length === 0
      ? []
      : bind(scanP, [...hoisted.consts, ...knownRest], {
          ...p,
          jaxpr: hoisted.jaxpr,
          num_consts: hoisted.consts.length,
          num_carry: numCarryKnown,
        });
  const knownOuts = knownOutsExt.slice(0, numKnownsOut);
  const extComputed = knownOutsExt.slice(numKnownsOut);
  let e = 0;
  let k = 0;
  const nonFwdRes = hoisted.whichHoisted.map((w) => (w ? hoisted.hoistedRes[k++] : extComputed[e++]));
  let r = 0;
  const fwdSources = [...p.jaxpr.consts, ...knownConsts, ...knownRest];
  const res = split.fwds.map((f) => (f === null ? nonFwdRes[r++] : fwdSources[f]));
  const intRes = res.filter((_, i) => !resToMove[i]).map(constNode);
  const extRes = res.filter((_, i) => resToMove[i]).map(constNode);
  const unknownInputs = tracers.filter((x): x is Node => !isKnown(x));
  const numCarryUk = count(carryUk);
  const outAvals = jaxprUnknown.outAvals.map((a, i) =>
    i < numCarryUk ? a : a.withShape([p.length, ...a.shape]),
  );
  const outs = recordEqn(
    "scan",
    { ...p, jaxpr: jaxprUnknown, num_consts: intRes.length + count(constUk), num_carry: numCarryUk },
    eqn.source,
    [...intRes, ...unknownInputs, ...extRes],
    outAvals,
  );
  let u = 0;
  let kn = 0;
  return split.outUnknowns.map((isUk) => (isUk ? outs[u++] : knownOuts[kn++]));
}

definePartialEvalRule("scan", scanPartialEval);
