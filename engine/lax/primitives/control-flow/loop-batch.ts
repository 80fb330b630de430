// The batching rules of the loops (loops.py's `_scan_batching_rule`, `_while_loop_batching_rule`): a fixpoint
// finds which carries end up batched, then the body is batched once with those carries batched.
import type { AxisData, BatchDim, BatchResult } from "../../../core/primitive.ts";
import { bind } from "../../../core/trace.ts";
import type { Value } from "../../../core/values.ts";
import { batchJaxprAxes, batchJaxprInstantiate } from "../../../transforms/batch-jaxpr.ts";
import { broadcastBatched, moveaxis } from "../batch-rules.ts";
import type { ScanParams } from "./scan.ts";
import { scanP } from "./scan.ts";
import type { WhileParams } from "./while.ts";
import { whileP } from "./while.ts";

const or = (a: readonly boolean[], b: readonly boolean[]): boolean[] => a.map((x, i) => x || b[i]);
const same = (a: readonly boolean[], b: readonly boolean[]): boolean => a.every((x, i) => x === b[i]);

export function scanBatch(
  args: readonly Value[],
  dims: readonly BatchDim[],
  p: ScanParams,
  axis: AxisData,
): BatchResult {
  const nc = p.num_consts;
  const nk = p.num_carry;
  const numYs = p.jaxpr.outAvals.length - nk;
  const batched = dims.map((d) => d !== null);
  const constBatched = batched.slice(0, nc);
  const initBatched = batched.slice(nc, nc + nk);
  const xsBatched = batched.slice(nc + nk);
  let carryBatched = initBatched;
  for (;;) {
    const { outBatched } = batchJaxprInstantiate(
      p.jaxpr,
      [...constBatched, ...carryBatched, ...xsBatched],
      [...carryBatched, ...new Array<boolean>(numYs).fill(false)],
      axis,
    );
    const carryOut = outBatched.slice(0, nk);
    if (same(carryOut, carryBatched)) break;
    carryBatched = or(carryBatched, carryOut);
  }
  const { jaxpr, outBatched } = batchJaxprInstantiate(
    p.jaxpr,
    [...constBatched, ...carryBatched, ...xsBatched],
    [...carryBatched, ...new Array<boolean>(numYs).fill(false)],
    axis,
  );
  const ysBatched = outBatched.slice(nk);
  const newArgs = args.map((x, i) => {
    const d = dims[i];
    if (i < nc) return d !== null && d !== 0 ? moveaxis(x, d, 0) : x;
    if (i < nc + nk) {
      if (!carryBatched[i - nc]) return x;
      return d === null ? broadcastBatched(x, axis.size, 0) : moveaxis(x, d, 0);
    }
    return d !== null && d !== 1 ? moveaxis(x, d, 1) : x;
  });
  const outs = bind(scanP, newArgs, { ...p, jaxpr });
  return [outs, [...carryBatched.map((b) => (b ? 0 : null)), ...ysBatched.map((b) => (b ? 1 : null))]];
}

export function whileBatch(
  args: readonly Value[],
  dims: readonly BatchDim[],
  p: WhileParams,
  axis: AxisData,
): BatchResult {
  const cn = p.cond_nconsts;
  const bn = p.body_nconsts;
  const batched = dims.map((d) => d !== null);
  const cconstBatched = batched.slice(0, cn);
  const bconstBatched = batched.slice(cn, cn + bn);
  const cconstDims = dims.slice(0, cn);
  const bconstDims = dims.slice(cn, cn + bn);
  const init = args.slice(cn + bn);
  const initDims = dims.slice(cn + bn);
  let carryBatched = batched.slice(cn + bn);
  for (;;) {
    const { outBatched } = batchJaxprInstantiate(
      p.body_jaxpr,
      [...bconstBatched, ...carryBatched],
      carryBatched,
      axis,
    );
    if (same(outBatched, carryBatched)) break;
    carryBatched = or(carryBatched, outBatched);
  }
  const [predBatched] = batchJaxprInstantiate(
    p.cond_jaxpr,
    [...cconstBatched, ...carryBatched],
    false,
    axis,
  ).outBatched;
  let carryDims: BatchDim[];
  let condJaxpr;
  let bodyJaxpr;
  if (predBatched) {
    carryDims = carryBatched.map(() => 0);
    bodyJaxpr = batchJaxprAxes(p.body_jaxpr, [...bconstDims, ...carryDims], carryDims, axis).jaxpr;
    condJaxpr = batchJaxprAxes(p.cond_jaxpr, [...cconstDims, ...carryDims], [0], axis).jaxpr;
  } else {
    const condRank = p.cond_jaxpr.outAvals[0].ndim;
    carryDims = carryBatched.map((b) => (b ? condRank : null));
    bodyJaxpr = batchJaxprAxes(p.body_jaxpr, [...bconstDims, ...carryDims], carryDims, axis).jaxpr;
    condJaxpr = batchJaxprAxes(p.cond_jaxpr, [...cconstDims, ...carryDims], [null], axis).jaxpr;
  }
  const newInit = init.map((x, i) => {
    const from = initDims[i];
    const to = carryDims[i];
    if (from === null) return to === null ? x : broadcastBatched(x, axis.size, to);
    return moveaxis(x, from, to as number);
  });
  const outs = bind(whileP, [...args.slice(0, cn + bn), ...newInit], {
    ...p,
    cond_jaxpr: condJaxpr,
    body_jaxpr: bodyJaxpr,
  });
  return [outs, carryDims];
}
