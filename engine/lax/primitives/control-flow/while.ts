// `while` (jax/_src/lax/control_flow/loops.py): repeats its body while its cond is true.
// Operands: the cond's consts, the body's consts, then the carry. The batching and JVP rules join this
// definition with vmap and autodiff (JAX has no transpose rule for it).
import { definePrimitive } from "../../../core/primitive.ts";
import { ArrayValue } from "../../../core/values.ts";
import type { ClosedJaxpr, Params } from "../../../ir/jaxpr.ts";
import { evalClosedJaxprLikeXla } from "../../../runtime/cpu/xla-eval.ts";

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
  cpu: (inputs, p, outAvals) => {
    const condConsts = inputs.slice(0, p.cond_nconsts);
    const bodyConsts = inputs.slice(p.cond_nconsts, p.cond_nconsts + p.body_nconsts);
    let carry: ArrayValue[] = inputs.slice(p.cond_nconsts + p.body_nconsts);
    for (;;) {
      const [pred] = evalClosedJaxprLikeXla(p.cond_jaxpr, [...condConsts, ...carry]);
      // The carry has the body's output types, even after no iteration.
      if (!pred.data[0]) return carry.map((c, k) => new ArrayValue(outAvals[k], c.data, "jax"));
      carry = evalClosedJaxprLikeXla(p.body_jaxpr, [...bodyConsts, ...carry]);
    }
  },
});
