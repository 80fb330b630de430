// The vmap step record: the input jaxpr evaluated equation by equation under a batch trace, staged into the
// output jaxpr, noting for each equation the batch dims of its operands and results and what it emitted.
import type { AxisData, BatchDim } from "../core/primitive.ts";
import { StagingTrace, traceToJaxpr } from "../core/staging.ts";
import { currentTrace } from "../core/trace.ts";
import type { Value } from "../core/values.ts";
import { evalJaxpr } from "../core/eval.ts";
import type { ClosedJaxpr } from "../ir/jaxpr.ts";
import { BatchTrace, BatchTracer, batchSubtrace } from "../transforms/batching.ts";
import { matchaxis } from "../transforms/vmap.ts";
import { eqnId, jaxprRecord } from "./snapshot.ts";
import type { VmapRecord, VmapStep } from "./types.ts";

function batchedAval(jaxpr: ClosedJaxpr, i: number, dim: BatchDim, size: number) {
  const a = jaxpr.inAvals[i];
  if (dim === null) return a;
  const shape = [...a.shape];
  shape.splice(dim, 0, size);
  return a.withShape(shape);
}

/**
 * Record vmap of `input` (a traced function) with its inputs batched along `inDims` and its outputs moved to
 * `outDims` (0 by default, as vmap's out_axes).
 */
export function recordVmap(
  input: ClosedJaxpr,
  inDims: readonly BatchDim[],
  axisSize: number,
  outDims?: readonly (number | null)[],
): VmapRecord {
  const axis: AxisData = { size: axisSize, name: null };
  const steps: VmapStep[] = [];
  const j = input.jaxpr;
  const output = traceToJaxpr(
    (...xs) => {
      const staging = currentTrace() as StagingTrace;
      const [outs, dims] = batchSubtrace(
        (args) => {
          const batch = currentTrace() as BatchTrace;
          const dimOf = (v: Value): BatchDim =>
            v instanceof BatchTracer && v.trace === batch ? v.batchDim : null;
          let start = 0;
          return evalJaxpr(j, input.consts, args, {
            before: () => (start = staging.equationCount),
            after: (eqn, ins, outs) => {
              const operandDims = ins.map(dimOf);
              steps.push({
                eqn: eqnId(eqn),
                rule: operandDims.every((d) => d === null) ? "unbatched" : "batch",
                operandDims,
                resultDims: outs.map(dimOf),
                emitted: staging.equationsSince(start).map(eqnId),
              });
            },
          });
        },
        xs,
        inDims,
        axis,
      );
      return outs.map((o, i) => matchaxis(axis, dims[i], outDims?.[i] ?? 0, o));
    },
    j.invars.map((_, i) => batchedAval(input, i, inDims[i], axisSize)),
  );
  return {
    transform: "vmap",
    axisSize,
    inDims: [...inDims],
    outDims: j.outvars.map((_, i) => outDims?.[i] ?? 0),
    input: jaxprRecord(input),
    steps,
    output: jaxprRecord(output),
  };
}
