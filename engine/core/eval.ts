import { bind } from "./trace.ts";
import type { Value } from "./values.ts";
import { ArrayValue } from "./values.ts";
import { type Atom, type ClosedJaxpr, type Jaxpr, type JaxprEqn, Literal, type Var } from "../ir/jaxpr.ts";
import { lookupPrimitive } from "./primitive.ts";
import { replayEquationSource, restoreEquationSource } from "./source-location.ts";

/** Watches an evaluation equation by equation (the step records note what each equation emitted). */
export interface EvalObserver {
  before(eqn: JaxprEqn): void;
  after(eqn: JaxprEqn, inputs: readonly Value[], outputs: readonly Value[]): void;
}

/** Interpret a jaxpr by binding each equation's primitive on the current trace. */
export function evalJaxpr(
  jaxpr: Jaxpr,
  consts: readonly Value[],
  args: readonly Value[],
  observer?: EvalObserver,
): Value[] {
  const env = new Map<Var, Value>();
  const read = (a: Atom): Value => (a instanceof Literal ? literalValue(a) : (env.get(a) as Value));
  jaxpr.constvars.forEach((v, i) => env.set(v, consts[i]));
  jaxpr.invars.forEach((v, i) => env.set(v, args[i]));
  for (const eqn of jaxpr.eqns) {
    observer?.before(eqn);
    const ins = eqn.inputs.map(read);
    const context = replayEquationSource(eqn.source);
    let outs: Value[];
    try {
      outs = bind(lookupPrimitive(eqn.primitive), ins, eqn.params);
    } finally {
      restoreEquationSource(context);
    }
    eqn.outputs.forEach((v, i) => env.set(v, outs[i]));
    observer?.after(eqn, ins, outs);
  }
  return jaxpr.outvars.map(read);
}

export function evalClosedJaxpr(cj: ClosedJaxpr, args: readonly Value[]): Value[] {
  return evalJaxpr(cj.jaxpr, cj.consts, args);
}

export function literalValue(l: Literal): ArrayValue {
  const v = typeof l.value === "boolean" ? (l.value ? 1 : 0) : l.value;
  return ArrayValue.fromNumbers(l.aval, [v], "numpy");
}
