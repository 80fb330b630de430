// Partial evaluation of `while` (loops.py's `_while_partial_eval`): the loop is recorded whole when its
// predicate is unknown or all its operands are; it runs now when all are known. When the predicate and some carries are known, JAX
// also runs a loop over the known part now; Traceur does not do that yet.
import { notSupported } from "../../../core/errors.ts";
import { bind } from "../../../core/trace.ts";
import type { JaxprEqn } from "../../../ir/jaxpr.ts";
import {
  definePartialEvalRule,
  instantiateConst,
  isKnown,
  partialEvalJaxprFwd,
  type PartialValue,
  recordEqn,
} from "../../../transforms/partial-eval.ts";
import { type WhileParams, whileP } from "./while.ts";

function whilePartialEval(eqn: JaxprEqn, ins: readonly PartialValue[]): PartialValue[] {
  const p = eqn.params as WhileParams;
  const cn = p.cond_nconsts;
  const bn = p.body_nconsts;
  const unknowns = ins.map((x) => !isKnown(x));
  if (unknowns.every((u) => !u)) return bind(whileP, ins.filter(isKnown), p);
  const condConstsUk = unknowns.slice(0, cn);
  const bodyConstsUk = unknowns.slice(cn, cn + bn);
  let carryUk = unknowns.slice(cn + bn);
  let body = partialEvalJaxprFwd(p.body_jaxpr, [...bodyConstsUk, ...carryUk], carryUk, false);
  while (!body.outUnknowns.every((u, i) => u === carryUk[i])) {
    carryUk = carryUk.map((u, i) => u || body.outUnknowns[i]);
    body = partialEvalJaxprFwd(p.body_jaxpr, [...bodyConstsUk, ...carryUk], carryUk, false);
  }
  const cond = partialEvalJaxprFwd(p.cond_jaxpr, [...condConstsUk, ...carryUk], [false], false);
  if (cond.outUnknowns[0] || unknowns.every((u) => u)) return recordWhole(eqn, ins);
  throw notSupported("partial evaluation of a lax.while_loop whose predicate and some carries are known");
}

/** `default_process_primitive`: the whole loop, its known operands read as constants. */
function recordWhole(eqn: JaxprEqn, ins: readonly PartialValue[]): PartialValue[] {
  return recordEqn(
    "while",
    eqn.params,
    eqn.source,
    ins.map(instantiateConst),
    eqn.outputs.map((o) => o.aval),
  );
}

definePartialEvalRule("while", whilePartialEval);
