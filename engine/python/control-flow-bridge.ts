// The part of the `_traceur` module that jax.lax's control flow calls (pkg/jax/lax/_control_flow.py): the
// Python side traces the branches and bodies and checks their pytrees; these functions bind the primitives.
import { resultType } from "../core/dtypes.ts";
import { ShapedArray } from "../core/aval.ts";
import { ArrayValue, type Value } from "../core/values.ts";
import type { ClosedJaxpr } from "../ir/jaxpr.ts";
import { bindCond, condIndex, switchIndex } from "../lax/control-flow/cond.ts";
import { bindScan, bindWhile, type LoopResult } from "../lax/control-flow/loops.ts";
import { convertElementType } from "../lax/convert.ts";

/** [shape, dtype, weak_type, `str_short()` (`float32[3]`)] of each output of a traced function. */
function outTypes(j: ClosedJaxpr): Array<[number[], string, boolean, string]> {
  return j.outAvals.map((a) => [[...a.shape], a.dtype, a.weakType, a.strLong()]);
}

/**
 * `_promote_weak_typed_input` for each carry leaf: a weakly typed initial value whose type differs from the
 * body's output is converted to the promoted dtype. Returns the values and which changed.
 */
function promoteWeakCarry(values: Value[], j: ClosedJaxpr): [Value[], boolean[]] {
  const outs = j.outAvals;
  const changed = Array.from(values, () => false);
  const promoted = Array.from(values, (v, i) => {
    const a = v.aval;
    const o = outs[i];
    if (
      !a.weakType ||
      (a.dtype === o.dtype && a.shape.length === o.shape.length && a.shape.every((d, k) => d === o.shape[k]))
    )
      return v;
    changed[i] = true;
    const { dtype } = resultType([
      { dtype: a.dtype, weak: true },
      { dtype: o.dtype, weak: o.weakType },
    ]);
    return convertElementType(v, dtype);
  });
  return [promoted, changed];
}

/** `lax._const(x, v)`: a numpy scalar of x's dtype (a strongly typed literal in jaxprs). */
function constLike(x: Value, v: number): ArrayValue {
  return ArrayValue.fromNumbers(new ShapedArray([], x.aval.dtype), [v], "numpy");
}

function loopResult(r: LoopResult): [Value[], boolean[]] {
  return [r.outs, r.passedThrough];
}

export function controlFlowBridge() {
  return {
    constLike,
    outTypes,
    promoteWeakCarry,
    condIndex,
    switchIndex,
    bindCond: (index: Value, branches: ClosedJaxpr[], operands: Value[], order: number[]) =>
      bindCond(index, Array.from(branches), Array.from(operands), Array.from(order)),
    /** [outputs, passed-through flags]: see LoopResult. */
    bindWhile: (cond: ClosedJaxpr, body: ClosedJaxpr, init: Value[]) =>
      loopResult(bindWhile(cond, body, Array.from(init))),
    bindScan: (
      body: ClosedJaxpr,
      init: Value[],
      xs: Value[],
      length: number,
      reverse: boolean,
      unroll: number,
    ) => loopResult(bindScan(body, Array.from(init), Array.from(xs), { length, reverse, unroll })),
  };
}
