// Dead-code elimination of staged jaxprs (ad.py's `_dce_consts`): JAX's linearization drops what no output
// uses, through each primitive's DCE rule (`pe.dce_rules`).
import { ClosedJaxpr, Jaxpr } from "../../ir/jaxpr.ts";
import { dceJaxpr } from "../../lax/primitives/control-flow/jaxpr-surgery.ts";

/** Drop equations no output needs, and the constvars (with their values) nothing reads; invars stay. */
export function dceClosedJaxpr(cj: ClosedJaxpr): ClosedJaxpr {
  const j = cj.jaxpr;
  const nc = j.constvars.length;
  const asInvars = new Jaxpr([], [...j.constvars, ...j.invars], j.outvars, j.eqns);
  const { jaxpr, usedInputs } = dceJaxpr(
    asInvars,
    j.outvars.map(() => true),
    [...j.constvars.map(() => false), ...j.invars.map(() => true)],
  );
  const usedConsts = usedInputs.slice(0, nc);
  const numUsed = usedConsts.filter((u) => u).length;
  return new ClosedJaxpr(
    new Jaxpr(jaxpr.invars.slice(0, numUsed), jaxpr.invars.slice(numUsed), jaxpr.outvars, jaxpr.eqns),
    cj.consts.filter((_c, i) => usedConsts[i]),
  );
}
