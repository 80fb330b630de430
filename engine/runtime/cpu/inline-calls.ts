// XLA compiles a `jit` with every call inside it inlined: nested jits (jnp's `_where`, jax.random's `_uniform`)
// and custom_jvp calls become part of one computation, so its optimizations (fused multiply-adds, constant
// divisors) see across their boundaries. This flattens a closed jaxpr the same way.
import type { Value } from "../../core/values.ts";
import { type Atom, ClosedJaxpr, Jaxpr, JaxprEqn, Var } from "../../ir/jaxpr.ts";

/** Call primitives whose sub-jaxpr (by param name) XLA compiles into the caller. */
export const INLINED_CALLS: Readonly<Record<string, string>> = {
  jit: "jaxpr",
  custom_jvp_call: "call_jaxpr",
};

const flattened = new WeakMap<ClosedJaxpr, ClosedJaxpr>();

/** `cj` with its calls inlined, recursively: the same invars and (renamed) outvars. */
export function inlineCalls(cj: ClosedJaxpr): ClosedJaxpr {
  let flat = flattened.get(cj);
  if (!flat) {
    flat = cj.jaxpr.eqns.some((e) => INLINED_CALLS[e.primitive]) ? flatten(cj) : cj;
    flattened.set(cj, flat);
  }
  return flat;
}

function flatten(cj: ClosedJaxpr): ClosedJaxpr {
  const constvars = [...cj.jaxpr.constvars];
  const consts: Value[] = [...cj.consts];
  const eqns: JaxprEqn[] = [];

  /** Appends `j`'s equations, reading its variables through `subst`; `fresh` renames their outputs. */
  const inline = (j: Jaxpr, subst: Map<Var, Atom>, fresh: boolean): void => {
    const read = (a: Atom): Atom => (a instanceof Var ? (subst.get(a) ?? a) : a);
    for (const eqn of j.eqns) {
      const inputs = eqn.inputs.map(read);
      const param = INLINED_CALLS[eqn.primitive];
      if (param) {
        const inner = eqn.params[param] as ClosedJaxpr;
        const innerSubst = new Map<Var, Atom>();
        inner.jaxpr.constvars.forEach((v, i) => {
          const nv = new Var(v.aval);
          constvars.push(nv);
          consts.push(inner.consts[i]);
          innerSubst.set(v, nv);
        });
        inner.jaxpr.invars.forEach((v, i) => innerSubst.set(v, inputs[i]));
        inline(inner.jaxpr, innerSubst, true);
        eqn.outputs.forEach((o, i) => {
          const out = inner.jaxpr.outvars[i];
          subst.set(o, out instanceof Var ? (innerSubst.get(out) ?? out) : out);
        });
        continue;
      }
      const outputs = fresh
        ? eqn.outputs.map((o) => {
            const nv = new Var(o.aval);
            subst.set(o, nv);
            return nv;
          })
        : eqn.outputs;
      eqns.push(new JaxprEqn(eqn.primitive, inputs, outputs, eqn.params, eqn.source));
    }
  };

  const top = new Map<Var, Atom>();
  inline(cj.jaxpr, top, false);
  const outvars = cj.jaxpr.outvars.map((a) => (a instanceof Var ? (top.get(a) ?? a) : a));
  return new ClosedJaxpr(new Jaxpr(constvars, cj.jaxpr.invars, outvars, eqns), consts);
}
