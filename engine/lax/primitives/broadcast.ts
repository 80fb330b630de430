import { ShapedArray, type Shape, stridesOf, shapeStr } from "../../core/aval.ts";
import { typeError } from "../../core/errors.ts";
import { definePrimitive, type Primitive } from "../../core/primitive.ts";
import { allocate, type TypedArray } from "../../core/storage.ts";
import { ArrayValue } from "../../core/values.ts";
import type { BatchResult } from "../../core/primitive.ts";
import { bind } from "../../core/trace.ts";
import { concatDims, moveaxis, npAdd } from "./batch-rules.ts";
import { elementWidth } from "../../runtime/cpu/shape.ts";
import type { ParamValue, Params } from "../../ir/jaxpr.ts";
import { UndefinedPrimal, Zero } from "../../core/tangents.ts";
import { expandDims, linearJvp, reduceSum } from "../../transforms/ad/rules.ts";
import { nextRun, runsOfStrides } from "../../runtime/cpu/elementwise.ts";

export interface BroadcastInDimParams extends Params {
  readonly shape: readonly number[];
  /** Numbers, or numpy ints where JAX computes them with numpy (they print as `np.int64(0)`). */
  readonly broadcast_dimensions: readonly number[];
  readonly sharding: null;
}

export const broadcastInDimP: Primitive<BroadcastInDimParams> = definePrimitive<BroadcastInDimParams>({
  name: "broadcast_in_dim",
  abstractEval: ([x], p) => {
    checkBroadcastInDim(x.shape, p.shape, p.broadcast_dimensions);
    return [new ShapedArray(p.shape, x.dtype, x.weakType)];
  },
  cpu: ([x], p, [out]) => [broadcastInDimCpu(x, p.shape, p.broadcast_dimensions, out)],
  // `_broadcast_in_dim_batch_rule`: the batch axis moves to the front and stays there.
  batch: ([x], [bdim], p): BatchResult => {
    const operand = moveaxis(x, bdim as number, 0);
    const dims = concatDims([0], npAdd(1, p.broadcast_dimensions));
    const shape = [x.aval.shape[bdim as number], ...p.shape];
    return [bind(broadcastInDimP, [operand], { shape, broadcast_dimensions: dims, sharding: null }), [0]];
  },
  // `_broadcast_in_dim_pp_rule` (0.9.1+): shape and sharding hidden, empty broadcast_dimensions hidden.
  printParams: (p) => {
    const shown: Array<readonly [string, ParamValue]> = [];
    if (p.broadcast_dimensions.length) shown.push(["broadcast_dimensions", p.broadcast_dimensions]);
    return shown;
  },
  jvp: linearJvp(() => broadcastInDimP),
  // `_broadcast_in_dim_transpose_rule`: sum over the new dimensions, then restore the unit ones.
  transpose: ([ct], [x], p) => {
    if (!(x instanceof UndefinedPrimal)) return [null];
    if (ct instanceof Zero) return [new Zero(x.aval)];
    const unitDims = x.aval.shape.flatMap((d, i) => (d === 1 ? [i] : []));
    const bdims = p.broadcast_dimensions.filter((_d, i) => !unitDims.includes(i));
    const axes = p.shape.map((_d, i) => i).filter((i) => !bdims.includes(i));
    return [expandDims(reduceSum(ct, axes), unitDims)];
  },
});

function checkBroadcastInDim(operand: Shape, shape: Shape, dims: readonly number[]): void {
  if (shape.some((d) => d < 0)) {
    throw typeError(`broadcast_in_dim shape must have every element be nonnegative, got ${shapeStr(shape)}.`);
  }
  if (operand.length !== dims.length) {
    throw typeError(
      "broadcast_in_dim broadcast_dimensions must have length equal to operand ndim; " +
        `got broadcast_dimensions ${shapeStr(dims)} for operand ndim ${operand.length}.`,
    );
  }
  if (shape.length < operand.length) {
    throw typeError(
      "broadcast_in_dim target broadcast shape must have equal or higher rank to the operand shape; " +
        `got operand ndim ${operand.length} and target broadcast ndim ${shape.length}.`,
    );
  }
  dims.forEach((d, i) => {
    if (operand[i] !== 1 && operand[i] !== shape[d]) {
      throw typeError(
        "broadcast_in_dim operand dimension sizes must either be 1, or be equal to their corresponding " +
          `dimensions in the target broadcast shape; got operand of shape ${shapeStr(operand)}, target broadcast ` +
          `shape ${shapeStr(shape)}, broadcast_dimensions ${shapeStr(dims)} `,
      );
    }
  });
}

export function broadcastInDimCpu(
  x: ArrayValue,
  shape: Shape,
  dims: readonly number[],
  outAval: ShapedArray,
): ArrayValue {
  const out = allocate(outAval.dtype, outAval.size);
  const src = x.data;
  // Slots per element: two for a PRNG key (and a complex number).
  const w = elementWidth(outAval);
  if (x.aval.size === 1) {
    if (w === 1) out.fill(src[0] as never);
    else for (let i = 0; i < out.length; i++) out[i] = src[i % w];
    return new ArrayValue(outAval, out);
  }
  const inStrides = stridesOf(x.shape);
  const strideInOut = new Array<number>(shape.length).fill(0);
  dims.forEach((d, i) => {
    strideInOut[d] = x.shape[i] === 1 ? 0 : inStrides[i];
  });
  const fast = out.length === outAval.size && broadcastRuns(out, src, shape, strideInOut);
  if (fast) return new ArrayValue(outAval, out);
  const counter = new Array<number>(shape.length).fill(0);
  let pos = 0;
  for (let i = 0; i < outAval.size; i++) {
    for (let k = 0; k < w; k++) out[i * w + k] = src[pos * w + k];
    for (let ax = shape.length - 1; ax >= 0; ax--) {
      counter[ax]++;
      pos += strideInOut[ax];
      if (counter[ax] < shape[ax]) break;
      pos -= strideInOut[ax] * counter[ax];
      counter[ax] = 0;
    }
  }
  return new ArrayValue(outAval, out);
}

/**
 * Fill `out` run by run (runtime/cpu/elementwise.ts): a run the source advances along is a copy of a
 * slice of it, one where the source stays on an element is a fill. False when the runs are not of
 * that kind (broadcast dimensions out of order), for the element walk to do instead.
 */
function broadcastRuns(
  out: TypedArray,
  src: TypedArray,
  shape: Shape,
  strideInOut: readonly number[],
): boolean {
  const runs = runsOfStrides(shape, [strideInOut]);
  const nd = runs.sizes.length;
  const len = runs.sizes[nd - 1];
  const step = runs.strides[0][nd - 1];
  if (step !== 0 && step !== 1) return false;
  const counter = new Int32Array(nd - 1);
  const offsets = [0];
  for (let oo = 0; oo < out.length; oo += len) {
    const p = offsets[0];
    if (step === 0) out.fill(src[p], oo, oo + len);
    else if (len >= 64) out.set(src.subarray(p, p + len), oo);
    else for (let j = 0; j < len; j++) out[oo + j] = src[p + j];
    nextRun(runs, counter, offsets);
  }
  return true;
}
