// The two slicing strategies JAX tries before a gather (`to_static_slice`, `to_dynamic_slice` and
// `_static_slice`, `_dynamic_slice` in jax/_src/numpy/indexing.py). Each `plan` function throws JAX's
// TypeError/ValueError/IndexError when its strategy does not apply, and the caller moves on.
import { indexError, typeError, valueError } from "../core/errors.ts";
import { GatherScatterMode } from "../lax/primitives/indexing.ts";
import { ArrayValue, type Value } from "../core/values.ts";
import { convertElementType } from "../lax/convert.ts";
import { dynamicSlice, slice, type StartIndex } from "../lax/slicing.ts";
import { expandDims, rev, squeeze } from "../lax/primitives/shape.ts";
import {
  expandEllipses,
  type Indexer,
  indexRepr,
  PySlice,
  sliceIndices,
  validateSlices,
} from "./index-parse.ts";

interface StaticSlicePlan {
  readonly start: number[];
  readonly limit: number[];
  readonly strides: number[] | null;
  readonly revAxes: number[];
  readonly squeezeAxes: number[];
  readonly newaxisDims: number[];
}

/** `NDIndexer.to_static_slice`: static integers and slices, for mode None, "promise_in_bounds" or "clip". */
export function planStaticSlice(indexer: Indexer, mode: string | null, normalize: boolean): StaticSlicePlan {
  const parsedMode = mode === null ? GatherScatterMode.PROMISE_IN_BOUNDS : GatherScatterMode.fromAny(mode);
  if (parsedMode !== GatherScatterMode.PROMISE_IN_BOUNDS && parsedMode !== GatherScatterMode.CLIP) {
    throw valueError("static_slice requires mode='promise_in_bounds' or mode='clip'");
  }
  if (parsedMode === GatherScatterMode.PROMISE_IN_BOUNDS) validateStaticIndices(indexer, normalize);
  validateSlices(indexer);
  indexer.indices.forEach((p, position) => {
    if (p.type === "array" || p.type === "boolean") {
      throw typeError(
        `static_slice: indices must be static scalars or slices. Got index of type ${pyType(p.index)} at position ${position}`,
      );
    }
  });
  const plan = {
    start: [] as number[],
    limit: [] as number[],
    revAxes: [] as number[],
    squeezeAxes: [] as number[],
    newaxisDims: [] as number[],
  };
  const strides: number[] = [];
  for (const p of expandEllipses(indexer).indices) {
    if (p.type === "none") {
      plan.newaxisDims.push(plan.start.length - plan.squeezeAxes.length + plan.newaxisDims.length);
    } else if (p.type === "integer") {
      const axis = p.consumedAxes[0];
      const size = indexer.shape[axis];
      if (size === 0) throw indexError(`index is out of bounds for axis ${axis} with size 0`);
      let i = p.index as number;
      if (normalize && i < 0) i += size;
      i = Math.min(Math.max(i, 0), size - 1);
      plan.start.push(i);
      plan.limit.push(i + 1);
      strides.push(1);
      plan.squeezeAxes.push(axis);
    } else {
      const axis = p.consumedAxes[0];
      const size = indexer.shape[axis];
      const [start, stop, stride] = sliceIndices(p.index as PySlice, size);
      if (stride < 0) {
        const newStart = Math.min(size, stop + 1 + (Math.abs(start - stop - 1) % Math.abs(stride)));
        plan.start.push(newStart);
        plan.limit.push(Math.max(newStart, start + 1));
        strides.push(-stride);
        plan.revAxes.push(axis);
      } else {
        plan.start.push(start);
        plan.limit.push(Math.max(start, stop));
        strides.push(stride);
      }
    }
  }
  return { ...plan, strides: strides.every((s) => s === 1) ? null : strides };
}

/** `validate_static_indices`: static integers must lie within their axis. */
function validateStaticIndices(indexer: Indexer, normalize: boolean): void {
  for (const p of indexer.indices) {
    if (p.type !== "integer") continue;
    const i = p.index as number;
    const axis = p.consumedAxes[0];
    const size = indexer.shape[axis];
    const normed = normalize && i < 0 ? i + size : i;
    if (!(normed >= 0 && normed < size)) {
      throw indexError(
        `index ${i} out of bounds for axis ${axis} with size ${size} (normalize_indices=${normalize ? "True" : "False"})`,
      );
    }
  }
}

/** Python's `type(x)` as JAX names it in these messages. */
function pyType(idx: unknown): string {
  if (idx instanceof ArrayValue && idx.origin === "python")
    return idx.aval.dtype === "bool" ? "<class 'bool'>" : "<class 'int'>";
  if (idx instanceof ArrayValue && idx.origin === "numpy") return "<class 'numpy.ndarray'>";
  if (idx instanceof ArrayValue) return "<class 'jaxlib._jax.ArrayImpl'>";
  return "<class 'jax._src.interpreters.partial_eval.DynamicJaxprTracer'>";
}

export function applyStaticSlice(arr: Value, plan: StaticSlicePlan): Value {
  const shape = arr.aval.shape;
  const trivial =
    plan.strides === null &&
    shape.length === plan.start.length &&
    plan.start.every((s, i) => s === 0 && plan.limit[i] === shape[i]);
  let result = trivial ? arr : slice(arr, plan.start, plan.limit, plan.strides);
  if (plan.revAxes.length) result = rev(result, plan.revAxes);
  if (plan.squeezeAxes.length) result = squeeze(result, plan.squeezeAxes);
  if (plan.newaxisDims.length) result = expandDims(result, plan.newaxisDims);
  return result;
}

interface DynamicSlicePlan {
  readonly start: StartIndex[];
  readonly sizes: number[];
  readonly revAxes: number[];
  readonly squeezeAxes: number[];
  readonly newaxisDims: number[];
  readonly trivial: boolean;
}

/** `NDIndexer.to_dynamic_slice`: scalar indices (traced or not) and unit-step slices. */
export function planDynamicSlice(indexer: Indexer, mode: string | null): DynamicSlicePlan {
  if (mode !== null) {
    const parsedMode = GatherScatterMode.fromAny(mode);
    if (parsedMode !== GatherScatterMode.PROMISE_IN_BOUNDS && parsedMode !== GatherScatterMode.CLIP) {
      throw valueError("dynamic_slice requires mode='promise_in_bounds' or mode='clip'");
    }
  }
  indexer.indices.forEach((p, position) => {
    if (p.type === "slice") {
      const step = (p.index as PySlice).step;
      if (step !== null && !(typeof step === "number" ? step === 1 || step === -1 : stepIsUnit(step))) {
        throw typeError(
          `dynamic_slice: only unit steps supported in slice. Got ${indexRepr(p.index)} at position ${position}`,
        );
      }
    } else if (p.type === "array" && (p.index as Value).aval.ndim !== 0) {
      throw typeError(
        `dynamic_slice: only scalar indices allowed. Got index of type ${pyType(p.index)} at position ${position}`,
      );
    } else if (p.type === "boolean") {
      throw typeError(
        `dynamic_slice: indices must be scalars or slices. Got index of type ${pyType(p.index)} at position ${position}`,
      );
    }
  });
  const plan = {
    start: [] as StartIndex[],
    sizes: [] as number[],
    revAxes: [] as number[],
    squeezeAxes: [] as number[],
    newaxisDims: [] as number[],
  };
  let trivial = true;
  for (const p of expandEllipses(indexer).indices) {
    if (p.type === "none") {
      plan.newaxisDims.push(plan.start.length - plan.squeezeAxes.length + plan.newaxisDims.length);
    } else if (p.type === "integer" || p.type === "array") {
      trivial = false;
      const axis = p.consumedAxes[0];
      if (indexer.shape[axis] === 0) throw indexError(`index is out of bounds for axis ${axis} with size 0`);
      // `jnp.asarray(i)`: a Python int stays a weakly typed scalar constant.
      plan.start.push(
        typeof p.index === "number" ? ArrayValue.pythonScalar("int", p.index) : (p.index as Value),
      );
      plan.sizes.push(1);
      plan.squeezeAxes.push(axis);
    } else {
      const s = p.index as PySlice;
      if (!s.isFull()) trivial = false;
      const axis = p.consumedAxes[0];
      const [start, stop, stride] = sliceIndices(s, indexer.shape[axis]);
      if (stride < 0) {
        const newStart = stop + 1 + (Math.abs(start - stop - 1) % Math.abs(stride));
        plan.start.push(newStart);
        plan.sizes.push(Math.max(0, start + 1 - newStart));
        plan.revAxes.push(axis);
      } else {
        plan.start.push(start);
        plan.sizes.push(Math.max(0, stop - start));
      }
    }
  }
  // dynamic_slice needs all start indices of one dtype.
  const start =
    plan.start.length > 1
      ? plan.start.map((i) =>
          convertElementType(typeof i === "number" ? ArrayValue.pythonScalar("int", i) : i, "int32", false),
        )
      : plan.start;
  return { ...plan, start, trivial };
}

function stepIsUnit(step: Value): boolean {
  if (!(step instanceof ArrayValue)) return false;
  const v = Number(step.data[0]);
  return v === 1 || v === -1;
}

export function applyDynamicSlice(arr: Value, plan: DynamicSlicePlan, normalize: boolean): Value {
  let result = plan.trivial ? arr : dynamicSlice(arr, plan.start, plan.sizes, normalize);
  if (plan.revAxes.length) result = rev(result, plan.revAxes);
  if (plan.squeezeAxes.length) result = squeeze(result, plan.squeezeAxes);
  if (plan.newaxisDims.length) result = expandDims(result, plan.newaxisDims);
  return result;
}
