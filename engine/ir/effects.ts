// Effects (`debug_print`): equations that must stay in a jaxpr though nothing reads their results. An
// equation is one when its primitive is (its `effectful` rule) or when a jaxpr of its params holds one
// (`jit`, `scan`, `cond` around a print), as JAX's jaxpr effects propagate outwards.
import { lookupPrimitive } from "../core/primitive.ts";
import { type Jaxpr, jaxprsInParams, type Params } from "./jaxpr.ts";

/** Jaxprs are immutable: whether each holds an effect is found once. */
const jaxprEffects = new WeakMap<Jaxpr, boolean>();

function jaxprHasEffects(j: Jaxpr): boolean {
  let known = jaxprEffects.get(j);
  if (known === undefined) {
    known = j.eqns.some((e) => hasEffects(e.primitive, e.params));
    jaxprEffects.set(j, known);
  }
  return known;
}

export function hasEffects(primitive: string, params: Params): boolean {
  return lookupPrimitive(primitive).rules.effectful === true || jaxprsInParams(params).some(jaxprHasEffects);
}
