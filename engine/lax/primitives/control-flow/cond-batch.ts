// `_cond_batching_rule` (conditionals.py): an unbatched index keeps the cond, with branches batched alike; a
// batched index runs every branch on every element and picks the results with `select_n`.
import { evalClosedJaxpr } from "../../../core/eval.ts";
import type { AxisData, BatchDim, BatchResult } from "../../../core/primitive.ts";
import { bind, bind1 } from "../../../core/trace.ts";
import type { Value } from "../../../core/values.ts";
import { batchJaxprInstantiate } from "../../../transforms/batch-jaxpr.ts";
import { npConst } from "../../../transforms/ad/rules.ts";
import { bdimAtFront, moveaxis } from "../batch-rules.ts";
import { broadcastInDimP } from "../broadcast.ts";
import { stopGradient } from "../custom-derivatives.ts";
import { eqP, selectNP } from "../elementwise.ts";
import type { CondParams } from "./cond.ts";
import { condP } from "./cond.ts";

/** `_bcast_select_n`: the predicate broadcast (leading dims) to the cases' rank. */
function bcastSelectN(pred: Value, cases: readonly Value[]): Value {
  const target = cases[0].aval;
  if (pred.aval.ndim !== target.ndim) {
    const dims = Array.from({ length: pred.aval.ndim }, (_, i) => i);
    pred = bind1(broadcastInDimP, [pred], {
      shape: [...target.shape],
      broadcast_dimensions: dims,
      sharding: null,
    });
  }
  return bind1(selectNP, [pred, ...cases], {});
}

export function condBatch(
  args: readonly Value[],
  dims: readonly BatchDim[],
  p: CondParams,
  axis: AxisData,
): BatchResult {
  const [indexDim, ...opDims] = dims;
  if (indexDim !== null) {
    const [index, ...ops] = args.map((x, i) => bdimAtFront(x, dims[i], axis.size));
    const branches = p.branches.map(
      (b) =>
        batchJaxprInstantiate(
          b,
          b.inAvals.map(() => true),
          true,
          axis,
        ).jaxpr,
    );
    const branchOuts = branches.map((jaxpr, i) => {
      const pred = bind1(eqP, [index, npConst(index, i)], {});
      const selected = ops.map((x) => bcastSelectN(pred, [stopGradient(x), x]));
      return evalClosedJaxpr(jaxpr, selected);
    });
    const out = branchOuts[0].map((_, k) =>
      bcastSelectN(
        index,
        branchOuts.map((outs) => outs[k]),
      ),
    );
    return [out, out.map(() => 0)];
  }
  const [index, ...rest] = args;
  const opsBatched = opDims.map((d) => d !== null);
  const ops = rest.map((x, i) => (opDims[i] === null ? x : moveaxis(x, opDims[i] as number, 0)));
  const branchesOut = p.branches.map((b) => batchJaxprInstantiate(b, opsBatched, false, axis).outBatched);
  const outBatched = branchesOut[0].map((_, k) => branchesOut.some((bs) => bs[k]));
  const branches = p.branches.map((b) => batchJaxprInstantiate(b, opsBatched, outBatched, axis).jaxpr);
  const out = bind(condP, [index, ...ops], { ...p, branches });
  return [out, outBatched.map((b) => (b ? 0 : null))];
}
