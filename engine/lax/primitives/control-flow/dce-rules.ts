// Dead-code elimination of the control-flow primitives (conditionals.py's `_cond_dce_rule`, loops.py's
// `_scan_dce_rule`): the unused outputs leave the bodies too, and the inputs nothing reads any more go.
import type { DceRule } from "../../../core/primitive.ts";
import { ClosedJaxpr, JaxprEqn } from "../../../ir/jaxpr.ts";
import type { CondParams } from "./cond.ts";
import { dceJaxpr } from "./jaxpr-surgery.ts";
import type { ScanParams } from "./scan.ts";

const count = (bs: readonly boolean[]): number => bs.filter((b) => b).length;

/** `_cond_dce_rule`: each branch keeps the used outputs; the cond keeps the inputs some branch reads. */
export const condDce: DceRule<CondParams> = (usedOutputs, eqn, p) => {
  if (!usedOutputs.some((u) => u)) return { usedInputs: eqn.inputs.map(() => false), eqn: null };
  const noInst = eqn.inputs.slice(1).map(() => false);
  const usedOps = noInst.map((_, i) =>
    p.branches.some((b) => dceJaxpr(b.jaxpr, usedOutputs, noInst).usedInputs[i]),
  );
  const branches = p.branches.map(
    (b) => new ClosedJaxpr(dceJaxpr(b.jaxpr, usedOutputs, usedOps).jaxpr, b.consts),
  );
  const usedInputs = [true, ...usedOps];
  return {
    usedInputs,
    eqn: new JaxprEqn(
      eqn.primitive,
      eqn.inputs.filter((_, i) => usedInputs[i]),
      eqn.outputs.filter((_, i) => usedOutputs[i]),
      { ...p, branches },
      eqn.source,
    ),
  };
};

/** `_scan_dce_rule`: a fixpoint keeps each carry whose next value a kept output needs. */
export const scanDce: DceRule<ScanParams> = (usedOutputs, eqn, p) => {
  if (!usedOutputs.some((u) => u)) return { usedInputs: eqn.inputs.map(() => false), eqn: null };
  const nc = p.num_consts;
  const nk = p.num_carry;
  const numXs = p.jaxpr.inAvals.length - nc - nk;
  let usedCarryOut = usedOutputs.slice(0, nk);
  const usedYs = usedOutputs.slice(nk);
  for (;;) {
    const used = [...usedCarryOut, ...usedYs];
    const dce = dceJaxpr(p.jaxpr.jaxpr, used, [
      ...new Array<boolean>(nc).fill(false),
      ...usedCarryOut,
      ...new Array<boolean>(numXs).fill(false),
    ]);
    const usedCarryIn = dce.usedInputs.slice(nc, nc + nk);
    if (usedCarryIn.every((u, i) => u === usedCarryOut[i])) {
      const usedInputs = dce.usedInputs;
      return {
        usedInputs,
        eqn: new JaxprEqn(
          eqn.primitive,
          eqn.inputs.filter((_, i) => usedInputs[i]),
          eqn.outputs.filter((_, i) => used[i]),
          {
            ...p,
            jaxpr: new ClosedJaxpr(dce.jaxpr, p.jaxpr.consts),
            num_consts: count(usedInputs.slice(0, nc)),
            num_carry: count(usedCarryIn),
          },
          eqn.source,
        ),
      };
    }
    usedCarryOut = usedCarryOut.map((u, i) => u || usedCarryIn[i]);
  }
};
