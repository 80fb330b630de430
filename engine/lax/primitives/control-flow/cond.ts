// `cond` (jax/_src/lax/control_flow/conditionals.py): applies one of its branches, chosen by an int32 index.
// Operands: the index, then the consts shared by all branches, then the branches' arguments. The batching,
// JVP and transpose rules join this definition with vmap and autodiff.
import { condDce } from "./dce-rules.ts";
import { definePrimitive } from "../../../core/primitive.ts";
import { ArrayValue } from "../../../core/values.ts";
import type { ClosedJaxpr, Params } from "../../../ir/jaxpr.ts";
import { evalClosedJaxprLikeXla } from "../../../runtime/cpu/xla-eval.ts";
import { condJvp, condLinearize, condTranspose } from "./cond-ad.ts";
import { condBatch } from "./cond-batch.ts";
import "./cond-partial-eval.ts";

export interface CondParams extends Params {
  /** One closed jaxpr per branch, index 0 first (for `lax.cond`: the false branch, then the true one). */
  readonly branches: readonly ClosedJaxpr[];
}

export const condP = definePrimitive<CondParams>({
  name: "cond",
  // `_cond_abstract_eval`: the first branch's output types (branches were checked to agree, weak types aside).
  abstractEval: (_avals, p) => p.branches[0].outAvals,
  // XLA's Conditional runs the branch the index names, the last one for an index out of range.
  cpu: ([index, ...operands], p, outAvals) => {
    const i = Number((index as ArrayValue).data[0]);
    const branch = p.branches[i < 0 || i >= p.branches.length ? p.branches.length - 1 : i];
    // The results have the cond's output types (the first branch's weak types).
    return evalClosedJaxprLikeXla(branch, operands).map((o, k) => new ArrayValue(outAvals[k], o.data, "jax"));
  },
  batch: condBatch,
  jvp: condJvp,
  linearize: condLinearize,
  transpose: condTranspose,
  dce: condDce,
});
