// Partial evaluation of `jit` (pjit.py's `_pjit_partial_eval`): the jaxpr splits into a known jit, bound now,
// and an unknown jit recorded with the residuals as trailing operands.
import { bind } from "../core/trace.ts";
import type { JaxprEqn } from "../ir/jaxpr.ts";
import {
  forwardedInputs,
  moveBindersToBack,
  pruneOutputs,
} from "../lax/primitives/control-flow/jaxpr-surgery.ts";
import { type JitParams, jitP } from "./jit.ts";
import {
  constNode,
  definePartialEvalRule,
  isKnown,
  type Node,
  partialEvalJaxprFwd,
  type PartialValue,
  recordEqn,
} from "./partial-eval.ts";

/** `util.subs_list`: `src[i]` where `subs` gives an index, else the next of `base`. */
function subsList<T>(subs: readonly (number | null)[], src: readonly T[], base: readonly T[]): T[] {
  let k = 0;
  return subs.map((i) => (i === null ? base[k++] : src[i]));
}

/**
 * `_pjit_partial_eval`: the jit splits into a known jit, bound now, and an unknown jit recorded with the
 * residuals as trailing operands (each known jit always binds, even when nothing of it is known).
 */
function jitPartialEval(eqn: JaxprEqn, ins: readonly PartialValue[]): PartialValue[] {
  const p = eqn.params as JitParams;
  const unknownIns = ins.map((x) => !isKnown(x));
  const split = partialEvalJaxprFwd(
    p.jaxpr,
    unknownIns,
    p.jaxpr.outAvals.map(() => false),
    true,
  );
  const numRes = split.numResiduals;
  let numOutPrimals = split.known.outAvals.length - numRes;
  // Outputs that are inputs are not returned by the known jit.
  const inFwd = forwardedInputs(split.known.jaxpr);
  const keep = inFwd.map((f) => f === null);
  let known = pruneOutputs(split.known, keep);
  numOutPrimals = keep.slice(0, numOutPrimals).filter((k) => k).length;
  // Residuals that are primal outputs are not returned twice.
  const outVars = known.jaxpr.outvars.slice(0, numOutPrimals);
  const outFwd = [
    ...new Array<null>(numOutPrimals).fill(null),
    ...known.jaxpr.outvars.slice(numOutPrimals).map((v) => {
      const i = outVars.indexOf(v);
      return i < 0 ? null : i;
    }),
  ];
  known = pruneOutputs(
    known,
    outFwd.map((f) => f === null),
  );
  const knownInputs = ins.filter(isKnown);
  const keepWhere = <T>(xs: readonly T[], flags: readonly boolean[]) => xs.filter((_, i) => flags[i]);
  const knownOuts0 = bind(jitP, knownInputs, {
    ...p,
    jaxpr: known,
    donated_invars: keepWhere(
      p.donated_invars,
      unknownIns.map((u) => !u),
    ),
  });
  const knownOuts = subsList(inFwd, knownInputs, subsList(outFwd, knownOuts0, knownOuts0));
  const knownOutVals = knownOuts.slice(0, knownOuts.length - numRes);
  const computedRes = knownOuts.slice(knownOuts.length - numRes);
  const fwdSources = [...p.jaxpr.consts, ...knownInputs];
  const residuals = subsList(split.fwds, fwdSources, computedRes);
  const residualNodes = residuals.map(constNode);
  const numUnknownIns = unknownIns.filter((u) => u).length;
  const unknown = moveBindersToBack(split.unknown, [
    ...residuals.map(() => true),
    ...new Array<boolean>(numUnknownIns).fill(false),
  ]);
  const outs = recordEqn(
    "jit",
    {
      ...p,
      jaxpr: unknown,
      donated_invars: [...keepWhere(p.donated_invars, unknownIns), ...residuals.map(() => false)],
    },
    eqn.source,
    [...(ins.filter((x) => !isKnown(x)) as Node[]), ...residualNodes],
    unknown.outAvals,
  );
  let k = 0;
  let u = 0;
  return split.outUnknowns.map((uk) => (uk ? outs[u++] : knownOutVals[k++]));
}

definePartialEvalRule("jit", jitPartialEval);
