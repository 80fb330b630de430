// The vmap step record: the input jaxpr evaluated equation by equation under a batch trace, staged into the
// output jaxpr, noting for each equation the batch dims of its operands and results and what it emitted.
import type { AxisData, BatchDim } from "../core/primitive.ts";
import { lookupPrimitive } from "../core/primitive.ts";
import { StagingTrace, traceToJaxpr } from "../core/staging.ts";
import { bind, currentTrace } from "../core/trace.ts";
import type { Value } from "../core/values.ts";
import { literalValue } from "../core/eval.ts";
import { type Atom, type ClosedJaxpr, Literal, type Var } from "../ir/jaxpr.ts";
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
          const env = new Map<Var, Value>();
          const read = (a: Atom): Value => (a instanceof Literal ? literalValue(a) : env.get(a)!);
          const dimOf = (v: Value): BatchDim =>
            v instanceof BatchTracer && v.trace === batch ? v.batchDim : null;
          j.constvars.forEach((v, i) => env.set(v, input.consts[i]));
          j.invars.forEach((v, i) => env.set(v, args[i]));
          for (const eqn of j.eqns) {
            const ins = eqn.inputs.map(read);
            const operandDims = ins.map(dimOf);
            const start = staging.equationCount;
            const outs = bind(lookupPrimitive(eqn.primitive), ins, eqn.params);
            eqn.outputs.forEach((v, i) => env.set(v, outs[i]));
            steps.push({
              eqn: eqnId(eqn),
              rule: operandDims.every((d) => d === null) ? "unbatched" : "batch",
              operandDims,
              resultDims: outs.map(dimOf),
              emitted: staging.equationsSince(start).map(eqnId),
            });
          }
          return j.outvars.map(read);
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
