// What `lax.while_loop` and `lax.scan` do once their bodies are traced (loops.py): the bodies' consts become
// leading operands, carries that the body passes through unchanged become consts (when the loop's cond does
// not read them), ys that are xs passed through leave the scan, then a `while` or `scan` equation.
import { bind } from "../../core/trace.ts";
import type { Value } from "../../core/values.ts";
import { ClosedJaxpr } from "../../ir/jaxpr.ts";
import { jaxResult } from "../../numpy/array-args.ts";
import {
  dceJaxpr,
  forwardedInputs,
  moveBindersToFront,
  pruneOutputs,
  separateConsts,
} from "../primitives/control-flow/jaxpr-surgery.ts";
import { scanP } from "../primitives/control-flow/scan.ts";
import { whileP } from "../primitives/control-flow/while.ts";

/** `partition_list`: the values whose flag is false, then those whose flag is true. */
function partition<T>(flags: readonly boolean[], xs: readonly T[]): [T[], T[]] {
  return [xs.filter((_, i) => !flags[i]), xs.filter((_, i) => flags[i])];
}

/** `merge_lists`: interleave back what `partition` split. */
function merge<T>(flags: readonly boolean[], falses: readonly T[], trues: readonly T[]): T[] {
  let f = 0;
  let t = 0;
  return flags.map((b) => (b ? trues[t++] : falses[f++]));
}

/**
 * What a loop returns: its outputs, and which carries the body passed through unchanged. Those outputs are the
 * initial values themselves, which JAX hands back as they came (a Python scalar stays a Python scalar).
 */
export interface LoopResult {
  readonly outs: Value[];
  readonly passedThrough: boolean[];
}

/** Bind `while` for a traced cond (carry -> bool) and body (carry -> carry); returns the final carry. */
export function bindWhile(
  condTraced: ClosedJaxpr,
  bodyTraced: ClosedJaxpr,
  init: readonly Value[],
): LoopResult {
  const condSep = separateConsts(condTraced);
  const bodySep = separateConsts(bodyTraced);
  let condJaxpr = condSep.jaxpr;
  let bodyJaxpr = bodySep.jaxpr;
  const condConsts = condSep.consts;
  let bodyConsts = bodySep.consts;
  const bodyFwd = forwardedInputs(bodyJaxpr.jaxpr);
  const carryNofwd = init.map((_, i) => bodyConsts.length + i !== bodyFwd[i]);
  const dce = dceJaxpr(condJaxpr.jaxpr, [true], [...condConsts.map(() => true), ...carryNofwd]);
  const moveToConst = dce.usedInputs.slice(condConsts.length).map((used) => !used);
  let initVals = [...init];
  let newBodyConsts: Value[] = [];
  const moving = moveToConst.some((m) => m);
  if (moving) {
    condJaxpr = new ClosedJaxpr(dce.jaxpr, []);
    bodyJaxpr = pruneOutputs(
      bodyJaxpr,
      moveToConst.map((m) => !m),
    );
    bodyJaxpr = moveBindersToFront(bodyJaxpr, [...bodyConsts.map(() => false), ...moveToConst]);
    [initVals, newBodyConsts] = partition(moveToConst, initVals);
    bodyConsts = [...newBodyConsts, ...bodyConsts];
  }
  const outs = bind(whileP, [...condConsts, ...bodyConsts, ...initVals], {
    cond_nconsts: condConsts.length,
    cond_jaxpr: condJaxpr,
    body_nconsts: bodyConsts.length,
    body_jaxpr: bodyJaxpr,
  });
  return { outs: moving ? merge(moveToConst, outs, newBodyConsts) : outs, passedThrough: moveToConst };
}

export interface ScanOptions {
  readonly length: number;
  readonly reverse: boolean;
  readonly unroll: number;
}

/** Bind `scan` for a traced body ((carry, x) -> (carry, y)); returns the final carry then the stacked ys. */
export function bindScan(
  bodyTraced: ClosedJaxpr,
  init: readonly Value[],
  xs: readonly Value[],
  opts: ScanOptions,
): LoopResult {
  const sep = separateConsts(bodyTraced);
  let jaxpr = sep.jaxpr;
  let consts = sep.consts;
  let numCarry = init.length;
  const numYs = jaxpr.jaxpr.outvars.length - numCarry;
  let args = [...init, ...xs];
  const fwd = forwardedInputs(jaxpr.jaxpr);
  const carryFwd = fwd.slice(0, numCarry);
  const extFwd = fwd.slice(numCarry);
  // A carry the body passes through unchanged is read-only: it becomes a const.
  const moveToConst = carryFwd.map((f, i) => consts.length + i === f);
  const noXs = xs.map(() => false);
  const moving = moveToConst.some((m) => m);
  let newConsts: Value[] = [];
  if (moving) {
    jaxpr = pruneOutputs(jaxpr, [...moveToConst.map((m) => !m), ...Array<boolean>(numYs).fill(true)]);
    jaxpr = moveBindersToFront(jaxpr, [...consts.map(() => false), ...moveToConst, ...noXs]);
    [args, newConsts] = partition([...moveToConst, ...noXs], args);
    consts = [...newConsts, ...consts];
    numCarry -= newConsts.length;
  }
  // A y that is an x passed through is that x.
  const extToExt = extFwd.map((i) =>
    i !== null && i >= numCarry + consts.length ? i - consts.length : null,
  );
  jaxpr = pruneOutputs(jaxpr, [...Array<boolean>(numCarry).fill(true), ...extToExt.map((i) => i === null)]);
  const out = bind(scanP, [...consts, ...args], {
    reverse: opts.reverse,
    length: opts.length,
    jaxpr,
    num_consts: consts.length,
    num_carry: numCarry,
    unroll: opts.unroll,
  });
  const carryOut = out.slice(0, numCarry);
  let k = numCarry;
  const ys = extToExt.map((f) => (f === null ? out[k++] : jaxResult(args[f])));
  const all = [...carryOut, ...ys];
  const passedThrough = [...moveToConst, ...Array<boolean>(numYs).fill(false)];
  return { outs: moving ? merge(passedThrough, all, newConsts) : all, passedThrough };
}
