// Partial evaluation of `cond` (conditionals.py's `_cond_partial_eval`): with an unknown index the whole cond
// is recorded. With a known index JAX splits each branch into a known and an unknown part; Traceur does not
// do that yet (its transposition would differ from JAX's in weak-type conversions).
import { notSupported } from "../../../core/errors.ts";
import { bind } from "../../../core/trace.ts";
import type { JaxprEqn } from "../../../ir/jaxpr.ts";
import {
  definePartialEvalRule,
  instantiateConst,
  isKnown,
  type PartialValue,
  recordEqn,
} from "../../../transforms/partial-eval.ts";
import { type CondParams, condP } from "./cond.ts";

function condPartialEval(eqn: JaxprEqn, ins: readonly PartialValue[]): PartialValue[] {
  const p = eqn.params as CondParams;
  if (ins.every(isKnown)) return bind(condP, ins, p);
  if (isKnown(ins[0])) {
    throw notSupported("partial evaluation of a lax.cond whose predicate is known and an operand is not");
  }
  return recordEqn(
    "cond",
    p,
    eqn.source,
    ins.map(instantiateConst),
    eqn.outputs.map((o) => o.aval),
  );
}

definePartialEvalRule("cond", condPartialEval);
