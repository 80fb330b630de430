// `while` (jax/_src/lax/control_flow/loops.py): repeats its body while its cond is true.
// Operands: the cond's consts, the body's consts, then the carry. The batching and JVP rules join this
// definition with vmap and autodiff (JAX has no transpose rule for it).
import { definePrimitive } from "../../../core/primitive.ts";
import { ArrayValue } from "../../../core/values.ts";
import type { ClosedJaxpr, Params } from "../../../ir/jaxpr.ts";
import { evalClosedJaxprLikeXla } from "../../../runtime/cpu/xla-eval.ts";
import { whileJvp, whileLinearize, whileTranspose } from "./loop-ad.ts";
import { whileBatch } from "./loop-batch.ts";
import "./while-partial-eval.ts";

export interface WhileParams extends Params {
  readonly body_jaxpr: ClosedJaxpr;
  readonly body_nconsts: number;
  readonly cond_jaxpr: ClosedJaxpr;
  readonly cond_nconsts: number;
}

export const whileP = definePrimitive<WhileParams>({
  name: "while",
  // `_while_loop_abstract_eval`: the body's output types.
  abstractEval: (_avals, p) => p.body_jaxpr.outAvals,
  // A batched predicate (from vmap) runs while any element is true; the elements whose predicate is false keep
  // their carry (`_while_lowering`'s `_pred_bcast_select_hlo`).
  cpu: (inputs, p, outAvals) => {
    const condConsts = inputs.slice(0, p.cond_nconsts);
    const bodyConsts = inputs.slice(p.cond_nconsts, p.cond_nconsts + p.body_nconsts);
    let carry: ArrayValue[] = inputs.slice(p.cond_nconsts + p.body_nconsts);
    for (;;) {
      const [pred] = evalClosedJaxprLikeXla(p.cond_jaxpr, [...condConsts, ...carry]);
      // The carry has the body's output types, even after no iteration.
      if (!pred.data.some((b) => Boolean(b))) {
        return carry.map((c, k) => new ArrayValue(outAvals[k], c.data, "jax"));
      }
      const next = evalClosedJaxprLikeXla(p.body_jaxpr, [...bodyConsts, ...carry]);
      carry = pred.aval.ndim === 0 ? next : next.map((n, k) => selectWhere(pred, n, carry[k]));
    }
  },
  batch: whileBatch,
  jvp: whileJvp,
  linearize: whileLinearize,
  transpose: whileTranspose,
});

/** Where `pred` (a leading-dims prefix of the carry's shape) is true, `onTrue`; elsewhere `onFalse`. */
function selectWhere(pred: ArrayValue, onTrue: ArrayValue, onFalse: ArrayValue): ArrayValue {
  const inner = onTrue.aval.size / Math.max(pred.aval.size, 1);
  const data = onTrue.data.slice();
  for (let i = 0; i < data.length; i++) {
    if (!pred.data[Math.floor(i / inner)]) data[i] = onFalse.data[i];
  }
  return new ArrayValue(onTrue.aval, data, "jax");
}
