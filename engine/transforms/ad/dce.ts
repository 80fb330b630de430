// Dead-code elimination of staged jaxprs (pe.dce_jaxpr_consts): JAX's tangent traces drop what no output uses.
import { ClosedJaxpr, Jaxpr, type JaxprEqn, Var } from "../../ir/jaxpr.ts";

/** Drop equations no output needs, and the constvars (with their values) nothing reads; invars stay. */
export function dceClosedJaxpr(cj: ClosedJaxpr): ClosedJaxpr {
  const j = cj.jaxpr;
  const live = new Set<Var>();
  for (const o of j.outvars) if (o instanceof Var) live.add(o);
  const kept: JaxprEqn[] = [];
  for (let i = j.eqns.length - 1; i >= 0; i--) {
    const e = j.eqns[i];
    if (!e.outputs.some((o) => live.has(o))) continue;
    kept.push(e);
    for (const a of e.inputs) if (a instanceof Var) live.add(a);
  }
  kept.reverse();
  const constvars = j.constvars.filter((v) => live.has(v));
  const consts = cj.consts.filter((_c, i) => live.has(j.constvars[i]));
  return new ClosedJaxpr(new Jaxpr(constvars, j.invars, j.outvars, kept), consts);
}
