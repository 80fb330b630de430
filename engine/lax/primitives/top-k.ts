// lax.top_k (jax/_src/lax/lax.py): the k largest entries along an axis and their int32 indices; equal
// entries keep their order (the lower index first), and NaN counts as the largest value.
import { ShapedArray, shapeSize, shapeStr, stridesOf } from "../../core/aval.ts";
import { isComplex } from "../../core/dtypes.ts";
import { typeError, valueError } from "../../core/errors.ts";
import { definePrimitive, type JvpRule, type Primitive } from "../../core/primitive.ts";
import { allocate } from "../../core/storage.ts";
import { Zero } from "../../core/tangents.ts";
import { bind, bind1 } from "../../core/trace.ts";
import { ArrayValue, type Value } from "../../core/values.ts";
import type { Params } from "../../ir/jaxpr.ts";
import { reshapeLax } from "../../transforms/ad/rules.ts";
import { GatherDimensionNumbers, GatherScatterMode, gatherP } from "./indexing.ts";
import { canonicalizeAxis } from "./shape.ts";

export interface TopKParams extends Params {
  readonly k: number;
  readonly axis: number;
}

/** Descending order with NaN first; 0 for equal values, so that a stable sort keeps index order. */
function descending(a: number, b: number): number {
  const an = Number.isNaN(a);
  const bn = Number.isNaN(b);
  if (an || bn) return an === bn ? 0 : an ? -1 : 1;
  return a > b ? -1 : a < b ? 1 : 0;
}

export const topKP: Primitive<TopKParams> = definePrimitive<TopKParams>({
  name: "top_k",
  abstractEval: ([x], { k, axis }) => {
    if (isComplex(x.dtype)) throw valueError("top_k is not compatible with complex inputs.");
    if (k < 0) throw valueError(`k argument to top_k must be nonnegative, got ${k}`);
    if (x.ndim === 0) throw typeError(`top_k operand must have >= 1 dimension, got ${shapeStr(x.shape)}`);
    if (!(axis >= 0 && axis < x.ndim)) {
      throw valueError(`axis argument out of range: axis=${axis} for operand.shape=${shapeStr(x.shape)}`);
    }
    const shape = [...x.shape];
    if (shape[axis] < k) {
      throw valueError(
        "k argument to top_k must be no larger than size along axis; " +
          `got k=${k} with shape=[${x.shape.join(", ")}] and axis=${axis}`,
      );
    }
    shape[axis] = k;
    // `operand.update(...)`: both results keep the operand's weak type.
    return [x.withShape(shape), new ShapedArray(shape, "int32", x.weakType)];
  },
  cpu: ([x], { k, axis }, [valuesAval, indicesAval]) => {
    const n = x.shape[axis];
    const inStride = stridesOf(x.shape)[axis];
    const outStride = stridesOf(valuesAval.shape)[axis];
    const lanes = n === 0 ? 0 : shapeSize(x.shape) / n;
    const values = allocate(x.dtype, valuesAval.size);
    const indices = new Int32Array(indicesAval.size);
    const order = Array.from({ length: n }, (_, i) => i);
    for (let lane = 0; lane < lanes; lane++) {
      // Lanes enumerate the coordinates of the other axes: split into the part before and after `axis`.
      const outer = Math.floor(lane / inStride);
      const inner = lane % inStride;
      const inBase = outer * n * inStride + inner;
      const outBase = outer * k * outStride + inner;
      const sorted = [...order].sort((p, q) =>
        descending(x.data[inBase + p * inStride], x.data[inBase + q * inStride]),
      );
      for (let j = 0; j < k; j++) {
        values[outBase + j * outStride] = x.data[inBase + sorted[j] * inStride];
        indices[outBase + j * outStride] = sorted[j];
      }
    }
    return [new ArrayValue(valuesAval, values), new ArrayValue(indicesAval, indices)];
  },
  // `_top_k_batch_rule`: the batch axis stays where it is, shifting `axis` when it comes first.
  batch: ([x], [bdim], { k, axis }) => {
    const b = bdim as number;
    return [bind(topKP, [x], { k, axis: b <= axis ? axis + 1 : axis }), [b, b]];
  },
  jvp: (primals, tangents, params) => topKJvp(primals, tangents, params),
});

/** `_top_k_jvp`: the tangent's entries at the winners' indices, gathered along `axis` lane by lane. */
const topKJvp: JvpRule<TopKParams> = ([x], [t], params) => {
  const [values, indices] = bind(topKP, [x], params);
  if (t instanceof Zero)
    return [
      [values, indices],
      [new Zero(values.aval), new Zero(indices.aval)],
    ];
  const { axis } = params;
  const rank = indices.aval.ndim;
  const lanes = Array.from({ length: rank }, (_, i) => i).filter((i) => i !== axis);
  const dnums = new GatherDimensionNumbers({
    offsetDims: [],
    collapsedSliceDims: [axis],
    operandBatchingDims: lanes,
    startIndicesBatchingDims: lanes,
    startIndexMap: [axis],
  });
  const tangent = bind1(gatherP, [t, reshapeLax(indices, [...indices.aval.shape, 1])], {
    dimension_numbers: dnums,
    fill_value: null,
    indices_are_sorted: false,
    mode: GatherScatterMode.PROMISE_IN_BOUNDS,
    slice_sizes: new Array<number>(rank).fill(1),
    unique_indices: false,
  });
  return [
    [values, indices],
    [tangent, new Zero(indices.aval)],
  ];
};

/** `lax.top_k(operand, k, axis=-1)`. */
export function topK(operand: Value, k: number, axis = -1): [Value, Value] {
  if (k < 0) throw valueError(`k argument to top_k must be nonnegative, got ${k}`);
  const [values, indices] = bind(topKP, [operand], { k, axis: canonicalizeAxis(axis, operand.aval.ndim) });
  return [values, indices];
}
