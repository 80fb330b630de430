// Dead-code elimination of staged jaxprs (pe.dce_jaxpr_consts): JAX's tangent traces drop what no output uses.
import { ClosedJaxpr, Jaxpr, JaxprEqn, Var } from "../../ir/jaxpr.ts";
import { dceJaxpr } from "../../lax/primitives/control-flow/jaxpr-surgery.ts";

/**
 * `_cond_dce_rule`: each branch keeps the live outputs and what they need; the cond keeps the inputs some
 * branch reads (and its index).
 */
function dceCond(e: JaxprEqn, live: ReadonlySet<Var>): JaxprEqn {
  const branches = e.params.branches as readonly ClosedJaxpr[];
  const usedOutputs = e.outputs.map((o) => live.has(o));
  const noInst = e.inputs.slice(1).map(() => false);
  const usedInputs = noInst.map((_, i) =>
    branches.some((b) => dceJaxpr(b.jaxpr, usedOutputs, noInst).usedInputs[i]),
  );
  const newBranches = branches.map(
    (b) => new ClosedJaxpr(dceJaxpr(b.jaxpr, usedOutputs, usedInputs).jaxpr, b.consts),
  );
  return new JaxprEqn(
    e.primitive,
    [e.inputs[0], ...e.inputs.slice(1).filter((_, i) => usedInputs[i])],
    e.outputs.filter((_, i) => usedOutputs[i]),
    { ...e.params, branches: newBranches },
    e.source,
  );
}

/** Drop equations no output needs, and the constvars (with their values) nothing reads; invars stay. */
export function dceClosedJaxpr(cj: ClosedJaxpr): ClosedJaxpr {
  const j = cj.jaxpr;
  const live = new Set<Var>();
  for (const o of j.outvars) if (o instanceof Var) live.add(o);
  const kept: JaxprEqn[] = [];
  for (let i = j.eqns.length - 1; i >= 0; i--) {
    let e = j.eqns[i];
    if (!e.outputs.some((o) => live.has(o))) continue;
    if (e.primitive === "cond") e = dceCond(e, live);
    kept.push(e);
    for (const a of e.inputs) if (a instanceof Var) live.add(a);
  }
  kept.reverse();
  const constvars = j.constvars.filter((v) => live.has(v));
  const consts = cj.consts.filter((_c, i) => live.has(j.constvars[i]));
  return new ClosedJaxpr(new Jaxpr(constvars, j.invars, j.outvars, kept), consts);
}
