// What `lax.cond` and `lax.switch` do once their branches are traced (conditionals.py): the branch index as
// an int32, the branches' consts as shared leading operands, outputs every branch forwards from the same
// input pruned, then a `cond` equation.
import { ShapedArray } from "../../core/aval.ts";
import { bind } from "../../core/trace.ts";
import { ArrayValue, type Value } from "../../core/values.ts";
import type { ClosedJaxpr } from "../../ir/jaxpr.ts";
import { jaxResult } from "../../numpy/array-args.ts";
import { convertElementType } from "../convert.ts";
import { clamp } from "../lax.ts";
import { condP } from "../primitives/control-flow/cond.ts";
import {
  forwardedInputs,
  mergeCommonConsts,
  pruneOutputs,
  separateConsts,
} from "../primitives/control-flow/jaxpr-surgery.ts";

/** `lax.convert_element_type(pred, np.int32)`: the index of `cond`, from a boolean predicate. */
export function condIndex(pred: Value): Value {
  return convertElementType(pred, "int32");
}

/** `switch`'s index: converted to int32, then clamped to the branches (numpy int32 bounds, printed as literals). */
export function switchIndex(index: Value, numBranches: number): Value {
  const bound = (v: number) => ArrayValue.fromNumbers(new ShapedArray([], "int32"), [v], "numpy");
  return clamp(bound(0), convertElementType(index, "int32"), bound(numBranches - 1));
}

/**
 * Bind `cond` for traced branches (each taking `operands`), their consts merged in tracing order;
 * `branchOrder` lists them as the index chooses (`lax.cond` traces true_fun first, but it is branch 1).
 * Returns every branch output.
 */
export function bindCond(
  index: Value,
  traced: readonly ClosedJaxpr[],
  operands: readonly Value[],
  branchOrder: readonly number[] = traced.map((_, i) => i),
): Value[] {
  const separated = traced.map(separateConsts);
  const merged = mergeCommonConsts(
    separated.map((s) => s.jaxpr),
    separated.map((s) => s.consts),
  );
  let branches = merged.jaxprs;
  const allInputs = [...merged.consts, ...operands];
  // Outputs that every branch forwards from the same input are that input; they leave the cond.
  const fwds = branches.map((b) => forwardedInputs(b.jaxpr));
  const inFwd = fwds[0].map((f, i) => (fwds.every((g) => g[i] === f) ? f : null));
  const keep = inFwd.map((f) => f === null);
  branches = branches.map((b) => pruneOutputs(b, keep));
  const outs = bind(condP, [index, ...allInputs], { branches: branchOrder.map((i) => branches[i]) });
  let k = 0;
  return inFwd.map((f) => (f === null ? outs[k++] : jaxResult(allInputs[f])));
}
