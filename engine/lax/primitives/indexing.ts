// The slicing primitives of jax/_src/lax/slicing.py: slice, dynamic_slice, dynamic_update_slice, gather and
// the scatters, each with JAX's shape and dtype rules (and their messages) and a CPU kernel.
import { ShapedArray, type Shape } from "../../core/aval.ts";
import {
  type DType,
  dtypeInfo,
  isBool,
  isComplex,
  isFloating,
  isInteger,
  isUnsigned,
} from "../../core/dtypes.ts";
import { notSupported, typeError, valueError } from "../../core/errors.ts";
import {
  type BatchDim,
  type BatchResult,
  definePrimitive,
  type JvpRule,
  type Primitive,
  type TransposeRule,
} from "../../core/primitive.ts";
import { isNumpyIntAt, markNumpyInts, PyFloat, pyRepr, PyVerbatim } from "../../core/pyrepr.ts";
import { bind } from "../../core/trace.ts";
import { broadcast, broadcastInDim } from "../shapes.ts";
import { batchSize, bdimAtFront, concatDims, insertDim, moveaxis, npAdd } from "./batch-rules.ts";
import { concatenate } from "./shape.ts";
import type { Jaxpr, Params } from "../../ir/jaxpr.ts";
import { gatherCpu } from "../../runtime/cpu/gather.ts";
import { scatterCpu } from "../../runtime/cpu/scatter.ts";
import { clampStarts, scalarIndices, stridedSlice, updateSlice } from "../../runtime/cpu/slicing.ts";
import { checkSameDTypes } from "./dtype-rules.ts";
import { traceToJaxpr } from "../../core/staging.ts";
import { UndefinedPrimal, Zero } from "../../core/tangents.ts";
import { bind1 } from "../../core/trace.ts";
import type { Value } from "../../core/values.ts";
import {
  fullLike,
  instantiate,
  linearJvp,
  linearTranspose,
  scalarLike,
  standardJvp,
  zerosLikeAval,
} from "../../transforms/ad/rules.ts";
import { addP } from "./elementwise.ts";
import { NumpyInt, type PadConfigEntry, padP } from "./shape.ts";

const tuple = (xs: readonly number[]): string => pyRepr(xs);
const numpyTuple = (xs: readonly number[]): string => pyRepr(xs.map((x) => new NumpyInt(x)));

// ---- params that print as Python enums and named tuples ----

export type GatherScatterModeName = "CLIP" | "FILL_OR_DROP" | "PROMISE_IN_BOUNDS" | "ONE_HOT";

/** `lax.GatherScatterMode`: prints as `GatherScatterMode.CLIP`. */
export class GatherScatterMode extends PyVerbatim {
  readonly name: GatherScatterModeName;
  private constructor(name: GatherScatterModeName) {
    super(`GatherScatterMode.${name}`);
    this.name = name;
  }
  static readonly CLIP = new GatherScatterMode("CLIP");
  static readonly FILL_OR_DROP = new GatherScatterMode("FILL_OR_DROP");
  static readonly PROMISE_IN_BOUNDS = new GatherScatterMode("PROMISE_IN_BOUNDS");
  static readonly ONE_HOT = new GatherScatterMode("ONE_HOT");

  /** `GatherScatterMode.from_any`: None, "fill" and "drop" mean FILL_OR_DROP. */
  static fromAny(s: GatherScatterMode | string | null): GatherScatterMode {
    if (s instanceof GatherScatterMode) return s;
    if (s === "clip") return GatherScatterMode.CLIP;
    if (s === null || s === "fill" || s === "drop") return GatherScatterMode.FILL_OR_DROP;
    if (s === "promise_in_bounds") return GatherScatterMode.PROMISE_IN_BOUNDS;
    if (s === "one_hot") return GatherScatterMode.ONE_HOT;
    throw valueError(`Unknown gather mode "${s}"`);
  }
}

export interface GatherDims {
  readonly offsetDims: readonly number[];
  readonly collapsedSliceDims: readonly number[];
  readonly startIndexMap: readonly number[];
  readonly operandBatchingDims?: readonly number[];
  readonly startIndicesBatchingDims?: readonly number[];
}

/** `lax.GatherDimensionNumbers`, printed as the named tuple's repr. */
export class GatherDimensionNumbers extends PyVerbatim {
  readonly offsetDims: readonly number[];
  readonly collapsedSliceDims: readonly number[];
  readonly startIndexMap: readonly number[];
  readonly operandBatchingDims: readonly number[];
  readonly startIndicesBatchingDims: readonly number[];
  /** Whether the batching dims were computed with numpy (they print as `np.int64(0)`), as in sort's JVP. */
  readonly numpyBatching: boolean;
  constructor(d: GatherDims, numpyBatching = false) {
    const batching = d.operandBatchingDims ?? [];
    const indicesBatching = d.startIndicesBatchingDims ?? [];
    const bt = numpyBatching ? numpyTuple : tuple;
    super(
      `GatherDimensionNumbers(offset_dims=${tuple(d.offsetDims)}, collapsed_slice_dims=${tuple(d.collapsedSliceDims)}, ` +
        `start_index_map=${tuple(d.startIndexMap)}, operand_batching_dims=${bt(batching)}, ` +
        `start_indices_batching_dims=${bt(indicesBatching)})`,
    );
    this.numpyBatching = numpyBatching;
    this.offsetDims = d.offsetDims;
    this.collapsedSliceDims = d.collapsedSliceDims;
    this.startIndexMap = d.startIndexMap;
    this.operandBatchingDims = batching;
    this.startIndicesBatchingDims = indicesBatching;
  }
}

export interface ScatterDims {
  readonly updateWindowDims: readonly number[];
  readonly insertedWindowDims: readonly number[];
  readonly scatterDimsToOperandDims: readonly number[];
  readonly operandBatchingDims?: readonly number[];
  readonly scatterIndicesBatchingDims?: readonly number[];
}

/** `lax.ScatterDimensionNumbers`, printed as the named tuple's repr. */
export class ScatterDimensionNumbers extends PyVerbatim {
  readonly updateWindowDims: readonly number[];
  readonly insertedWindowDims: readonly number[];
  readonly scatterDimsToOperandDims: readonly number[];
  readonly operandBatchingDims: readonly number[];
  readonly scatterIndicesBatchingDims: readonly number[];
  /** As GatherDimensionNumbers.numpyBatching. */
  readonly numpyBatching: boolean;
  constructor(d: ScatterDims, numpyBatching = false) {
    const batching = d.operandBatchingDims ?? [];
    const indicesBatching = d.scatterIndicesBatchingDims ?? [];
    const bt = numpyBatching ? numpyTuple : tuple;
    super(
      `ScatterDimensionNumbers(update_window_dims=${tuple(d.updateWindowDims)}, ` +
        `inserted_window_dims=${tuple(d.insertedWindowDims)}, ` +
        `scatter_dims_to_operand_dims=${tuple(d.scatterDimsToOperandDims)}, operand_batching_dims=${bt(batching)}, ` +
        `scatter_indices_batching_dims=${bt(indicesBatching)})`,
    );
    this.numpyBatching = numpyBatching;
    this.updateWindowDims = d.updateWindowDims;
    this.insertedWindowDims = d.insertedWindowDims;
    this.scatterDimsToOperandDims = d.scatterDimsToOperandDims;
    this.operandBatchingDims = batching;
    this.scatterIndicesBatchingDims = indicesBatching;
  }
}

// ---- slice ----

export interface SliceParams extends Params {
  /** Numbers, or numpy ints where JAX computes them with numpy (the transposition of pad). */
  readonly start_indices: readonly number[];
  readonly limit_indices: readonly number[];
  readonly strides: readonly number[] | null;
}

/** `lax._check_shapelike`: a sequence of nonnegative integers. */
function checkShapelike(fn: string, arg: string, xs: readonly number[]): void {
  if (xs.some((d) => !Number.isInteger(d))) {
    throw typeError(`${fn} ${arg} must have every element be an integer type, got ${typesTuple(xs)}.`);
  }
  if (xs.some((d) => d < 0))
    throw typeError(`${fn} ${arg} must have every element be nonnegative, got ${tuple(xs)}.`);
}

function typesTuple(xs: readonly number[]): string {
  const names = xs.map((d) => (Number.isInteger(d) ? "<class 'int'>" : "<class 'float'>"));
  return names.length === 1 ? `(${names[0]},)` : `(${names.join(", ")})`;
}

export function sliceShape(operand: ShapedArray, p: SliceParams): number[] {
  const start = p.start_indices;
  const limit = p.limit_indices;
  const strides = p.strides === null ? null : p.strides;
  checkShapelike("slice", "start_indices", start);
  checkShapelike("slice", "limit_indices", limit);
  const shape = operand.shape;
  if (operand.ndim !== start.length) {
    throw typeError(
      "slice start_indices must have length equal to the number of dimensions of the operand, " +
        `got indices ${tuple(start)} for operand shape ${tuple(shape)}.`,
    );
  }
  if (start.length !== limit.length) {
    throw typeError(
      "slice limit_indices must have the same length as start_indices, " +
        `got start_indices ${tuple(start)} and limit_indices ${tuple(limit)}.`,
    );
  }
  if (!shape.every((d, i) => d >= limit[i])) {
    throw typeError(
      "slice limit_indices must be less than or equal to operand shape, " +
        `got limit_indices ${tuple(limit)} for operand shape ${tuple(shape)}.`,
    );
  }
  if (!start.every((s) => s >= 0)) {
    throw typeError(
      `slice start_indices must be greater than or equal to zero, got start_indices of ${tuple(start)}.`,
    );
  }
  if (!limit.every((l, i) => l >= start[i])) {
    throw typeError(
      "slice limit_indices must be greater than or equal to start_indices, " +
        `got start_indices ${tuple(start)} and limit_indices ${tuple(limit)}.`,
    );
  }
  const diff = limit.map((l, i) => l - start[i]);
  if (strides === null || (strides.length === operand.ndim && strides.every((s) => s === 1))) return diff;
  checkShapelike("slice", "strides", strides);
  if (strides.length !== operand.ndim) {
    throw typeError(
      "slice strides must have length equal to the number of dimensions of the operand, " +
        `got strides ${tuple(strides)} for operand shape ${tuple(shape)}.`,
    );
  }
  if (!strides.every((s) => s >= 0)) throw typeError(`slice strides must be positive, got ${tuple(strides)}`);
  // `core.stride_dim`: how many windows of size 1 fit, one every `stride` elements.
  return diff.map((d, i) => (d === 0 ? 0 : Math.floor((d - 1) / strides[i]) + 1));
}

export const sliceP: Primitive<SliceParams> = definePrimitive<SliceParams>({
  name: "slice",
  abstractEval: ([x], p) => [new ShapedArray(sliceShape(x, p), x.dtype, x.weakType)],
  cpu: ([x], p, [out]) => [stridedSlice(x, p.start_indices, p.strides ?? p.start_indices.map(() => 1), out)],
  // `_slice_batching_rule`: the batch axis is sliced whole.
  batch: ([x], [bdim], p): BatchResult => {
    const b = bdim as number;
    const params: SliceParams = {
      start_indices: insertDim(p.start_indices, b, 0),
      limit_indices: insertDim(p.limit_indices, b, x.aval.shape[b]),
      strides: p.strides === null ? null : insertDim(p.strides, b, 1),
    };
    return [bind(sliceP, [x], params), [b]];
  },
  jvp: linearJvp(() => sliceP),
  // `_slice_transpose_fancy`: the cotangent padded back with zeros to the operand's shape.
  transpose: linearTranspose((ct, [x], p) => {
    const shape = x.aval.shape;
    // numpy arithmetic makes the high padding (and a strided interior) numpy ints, which print as such.
    const strides = p.strides ?? p.start_indices.map(() => 1);
    const unitStrides = strides.every((st) => st === 1);
    const config = p.start_indices.map((s0, i): PadConfigEntry => {
      const start = s0;
      const startIsNumpy = isNumpyIntAt(p.start_indices, i);
      if (unitStrides)
        return markNumpyInts([s0, shape[i] - p.limit_indices[i], 0], [startIsNumpy, true, false]);
      const n = ct.aval.shape[i];
      const realLimit = start + (n === 0 ? 0 : 1 + (n - 1) * strides[i]);
      return markNumpyInts([s0, shape[i] - realLimit, strides[i] - 1], [startIsNumpy, true, true]);
    });
    return [bind1(padP, [ct, scalarLike(ct, 0)], { padding_config: config })];
  }),
});

// ---- dynamic_slice and dynamic_update_slice ----

export interface DynamicSliceParams extends Params {
  readonly slice_sizes: readonly number[];
}

/** `repr` of a tuple of avals, as JAX shows start indices in some messages. */
function avalsRepr(avals: readonly ShapedArray[]): string {
  const items = avals.map((a) => `ShapedArray(${a.strLong()}${a.weakType ? ", weak_type=True" : ""})`);
  return items.length === 1 ? `(${items[0]},)` : `(${items.join(", ")})`;
}

/** The ValueError of JAX's `safe_map` when a rule zips sequences of different lengths. */
export function safeMapError(expected: number, got: number): Error {
  return valueError(`safe_map() argument 2 is ${got < expected ? "shorter" : "longer"} than argument 1`);
}

/** `dynamic_slice`'s checks of slice_sizes; `show` formats the sizes as JAX's message shows them. */
export function checkSliceSizes(
  operand: ShapedArray,
  sizes: readonly number[],
  show: (xs: readonly number[]) => string,
): void {
  if (sizes.length !== operand.ndim) throw safeMapError(operand.ndim, sizes.length);
  if (!operand.shape.every((d, i) => d >= sizes[i])) {
    throw typeError(
      "slice slice_sizes must be less than or equal to operand shape, " +
        `got slice_sizes ${show(sizes)} for operand shape ${tuple(operand.shape)}.`,
    );
  }
  if (!sizes.every((s) => s >= 0)) {
    throw typeError(
      `slice slice_sizes must be greater than or equal to zero, got slice_sizes of ${show(sizes)}.`,
    );
  }
}

function checkIndexDTypes(name: string, indices: readonly ShapedArray[], sep: string): void {
  if (indices.some((i) => i.dtype !== indices[0].dtype || !isInteger(i.dtype))) {
    throw typeError(
      `index arguments to ${name} must be integers of the same type, got${sep}${indices.map((i) => i.dtype).join(", ")}`,
    );
  }
}

export const dynamicSliceP: Primitive<DynamicSliceParams> = definePrimitive<DynamicSliceParams>({
  name: "dynamic_slice",
  abstractEval: ([x, ...indices], p) => {
    const sizes = p.slice_sizes;
    checkSliceSizes(x, sizes, tuple);
    if (indices.some((i) => i.ndim !== 0)) {
      throw typeError(
        `start_indices arguments to dynamic_slice must be scalars,  got indices ${avalsRepr(indices)}`,
      );
    }
    checkIndexDTypes("dynamic_slice", indices, ": ");
    return [new ShapedArray([...sizes], x.dtype, x.weakType)];
  },
  cpu: ([x, ...indices], p, [out]) => {
    const start = clampStarts(scalarIndices(indices), x.shape, p.slice_sizes);
    return [
      stridedSlice(
        x,
        start,
        start.map(() => 1),
        out,
      ),
    ];
  },
  // `_dynamic_slice_batching_rule`: a dynamic slice is a gather of one window.
  batch: ([x, ...starts], [xBdim, ...startBdims], p): BatchResult => {
    const ndims = x.aval.ndim - (xBdim === null ? 0 : 1);
    const dims = Array.from({ length: ndims }, (_, i) => i);
    const dnums = new GatherDimensionNumbers({
      offsetDims: dims,
      collapsedSliceDims: [],
      startIndexMap: dims,
    });
    const [index, indexBdim] = batchDynamicSliceIndices(starts, startBdims);
    const params: GatherParams = {
      dimension_numbers: dnums,
      fill_value: null,
      indices_are_sorted: true,
      mode: GatherScatterMode.CLIP,
      slice_sizes: p.slice_sizes,
      unique_indices: true,
    };
    return gatherBatch([x, index], [xBdim, indexBdim], params);
  },
  // `_dynamic_slice_jvp`, `_dynamic_slice_transpose_fancy`
  jvp: ([x, ...indices], [t], p) => {
    const out = bind1(dynamicSliceP, [x, ...indices], p);
    if (t instanceof Zero) return [[out], [new Zero(out.aval)]];
    return [[out], [bind1(dynamicSliceP, [t, ...indices], p)]];
  },
  transpose: ([ct], [x, ...indices]) => {
    if (ct instanceof Zero) return [new Zero(x.aval), ...indices.map(() => null)];
    const zeros = zerosLikeAval(x.aval.withDType(x.aval.dtype, false));
    return [bind1(dynamicUpdateSliceP, [zeros, ct, ...(indices as Value[])], {}), ...indices.map(() => null)];
  },
});

export const dynamicUpdateSliceP: Primitive<Record<string, never>> = definePrimitive<Record<string, never>>({
  name: "dynamic_update_slice",
  abstractEval: ([x, update, ...indices]) => {
    if (x.ndim !== update.ndim) {
      throw typeError(
        "dynamic_update_slice update must have the same rank as operand, " +
          `got update shape ${tuple(update.shape)} for operand shape ${tuple(x.shape)}.`,
      );
    }
    if (x.ndim !== indices.length) {
      throw typeError(
        "dynamic_update_slice start_indices must have length equal to the rank of operand, " +
          `got indices ${avalsRepr(indices)} for operand shape ${tuple(x.shape)}.`,
      );
    }
    if (!x.shape.every((d, i) => d >= update.shape[i])) {
      throw typeError(
        "dynamic_update_slice update shape must be smaller than operand shape, " +
          `got update shape ${tuple(update.shape)} for operand shape ${tuple(x.shape)}.`,
      );
    }
    if (indices.some((i) => i.ndim !== 0)) {
      throw typeError(
        `start_indices arguments to dynamic_update_slice must be scalars, got indices ${avalsRepr(indices)}`,
      );
    }
    checkSameDTypes("dynamic_update_slice", [x, update]);
    checkIndexDTypes("dynamic_update_slice", indices, " ");
    return [
      new ShapedArray(
        x.shape,
        x.dtype,
        [x, update, ...indices].every((a) => a.weakType),
      ),
    ];
  },
  cpu: ([x, update, ...indices], _p, [out]) => [
    updateSlice(x, update, clampStarts(scalarIndices(indices), x.shape, update.shape), out),
  ],
  // `_dynamic_update_slice_batching_rule`: a dynamic update slice is a scatter of one window.
  batch: ([x, update, ...starts], [xBdim, updateBdim, ...startBdims]): BatchResult => {
    const updateRank = update.aval.ndim - (updateBdim === null ? 0 : 1);
    const dims = Array.from({ length: updateRank }, (_, i) => i);
    const dnums = new ScatterDimensionNumbers({
      updateWindowDims: dims,
      insertedWindowDims: [],
      scatterDimsToOperandDims: dims,
    });
    const [index, indexBdim] = batchDynamicSliceIndices(starts, startBdims);
    const params: ScatterParams = {
      dimension_numbers: dnums,
      indices_are_sorted: true,
      mode: GatherScatterMode.CLIP,
      unique_indices: true,
      update_consts: [],
      update_jaxpr: null,
    };
    return scatterBatch(scatterP, [x, index, update], [xBdim, indexBdim, updateBdim], params);
  },
  // `_dynamic_update_slice_jvp`, `_dynamic_update_slice_transpose_rule`
  jvp: ([x, update, ...indices], [gx, gu]) => {
    const out = bind1(dynamicUpdateSliceP, [x, update, ...indices], {});
    if (gx instanceof Zero && gu instanceof Zero) return [[out], [new Zero(out.aval)]];
    return [[out], [bind1(dynamicUpdateSliceP, [instantiate(gx), instantiate(gu), ...indices], {})]];
  },
  transpose: ([t], [x, update, ...indices]) => {
    const rest = indices.map(() => null);
    if (t instanceof Zero) {
      return [
        x instanceof UndefinedPrimal ? new Zero(x.aval) : null,
        update instanceof UndefinedPrimal ? new Zero(update.aval) : null,
        ...rest,
      ];
    }
    const idx = indices as Value[];
    const sizes = update.aval.shape;
    const zeros = fullLike(t, 0, sizes);
    return [
      x instanceof UndefinedPrimal ? bind1(dynamicUpdateSliceP, [t, zeros, ...idx], {}) : null,
      update instanceof UndefinedPrimal
        ? bind1(dynamicSliceP, [t, ...idx], { slice_sizes: [...sizes] })
        : null,
      ...rest,
    ];
  },
});

/** `_batch_dynamic_slice_indices`: the scalar start indices as one index vector (batched or not). */
function batchDynamicSliceIndices(indices: readonly Value[], bdims: readonly BatchDim[]): [Value, BatchDim] {
  if (indices.length === 0) throw notSupported("vmap of a dynamic slice of a rank-0 array");
  const at = bdims.findIndex((b) => b !== null);
  if (at < 0) {
    return [
      concatenate(
        indices.map((i) => broadcast(i, [1])),
        0,
      ),
      null,
    ];
  }
  const size = indices[at].aval.shape[bdims[at] as number];
  const columns = indices.map((x, k) => broadcastInDim(x, [size, 1], bdims[k] !== null ? [0] : []));
  return [concatenate(columns, 1), 0];
}

// ---- gather ----

export type FillValue = number | boolean | PyFloat | null;

export interface GatherParams extends Params {
  readonly dimension_numbers: GatherDimensionNumbers;
  readonly fill_value: FillValue;
  readonly indices_are_sorted: boolean;
  readonly mode: GatherScatterMode;
  readonly slice_sizes: readonly number[];
  readonly unique_indices: boolean;
}

function isSorted(dims: readonly number[], op: string, name: string): void {
  for (let i = 1; i < dims.length; i++) {
    if (dims[i] < dims[i - 1]) throw typeError(`${name} in ${op} op must be sorted; got ${tuple(dims)}`);
  }
}

function dimsInRange(dims: readonly number[], rank: number, op: string, name: string): void {
  for (const d of dims) {
    if (d < 0 || d >= rank)
      throw typeError(`Invalid ${name} set in ${op} op; valid range is [0, ${rank}); got: ${d}.`);
  }
}

function sortedDimsInRange(dims: readonly number[], rank: number, op: string, name: string): void {
  if (dims.length === 0) return;
  const invalid = dims[0] < 0 ? dims[0] : dims[dims.length - 1] >= rank ? dims[dims.length - 1] : 0;
  // JAX tests the offending dim for truthiness, so a bad dim 0 passes.
  if (invalid !== 0)
    throw typeError(`Invalid ${name} set in ${op} op; valid range is [0, ${rank}); got: ${invalid}.`);
}

function noDuplicateDims(dims: readonly number[], op: string, name: string): void {
  if (new Set(dims).size !== dims.length)
    throw typeError(`${name} in ${op} op must not repeat; got: ${tuple(dims)}.`);
}

function disjointDims(
  a: readonly number[],
  b: readonly number[],
  op: string,
  nameA: string,
  nameB: string,
): void {
  if (a.some((d) => b.includes(d))) {
    throw typeError(`${nameA} and ${nameB} in ${op} op must be disjoint; got: ${tuple(a)} and ${tuple(b)}.`);
  }
}

export function gatherShape(operand: ShapedArray, indices: ShapedArray, p: GatherParams): number[] {
  const dn = p.dimension_numbers;
  const offsetDims = dn.offsetDims;
  const collapsed = dn.collapsedSliceDims;
  const operandBatching = dn.operandBatchingDims;
  const indicesBatching = dn.startIndicesBatchingDims;
  const startIndexMap = dn.startIndexMap;
  const sliceSizes = p.slice_sizes;
  const indexVectorDim = indices.ndim - 1;
  if (indexVectorDim < 0) {
    throw typeError(
      `Gather index leaf dimension must be within [0, rank(indices) + 1). rank(indices) is ${indices.ndim} and ` +
        `gather index leaf dimension is ${indexVectorDim}.`,
    );
  }
  isSorted(offsetDims, "gather", "offset_dims");
  noDuplicateDims(offsetDims, "gather", "offset_dims");
  const outputRank = offsetDims.length + indices.ndim - 1;
  offsetDims.forEach((d, i) => {
    if (d < 0 || d >= outputRank) {
      throw typeError(
        `Offset dimension ${i} in gather op is out of bounds; got ${d}, but should have been in [0, ${outputRank})`,
      );
    }
  });
  if (startIndexMap.length !== indices.shape[indexVectorDim]) {
    throw typeError(
      `Gather op has ${startIndexMap.length} elements in start_index_map and the bound of dimension ` +
        `index_vector_dim=${indexVectorDim} of indices is ${indices.shape[indexVectorDim]}. These two numbers must be equal.`,
    );
  }
  startIndexMap.forEach((d, i) => {
    if (d < 0 || d >= operand.ndim) {
      throw typeError(`Invalid start_index_map; domain is [0, ${operand.ndim}), got: ${i}->${d}.`);
    }
  });
  noDuplicateDims(startIndexMap, "gather", "start_index_map");
  isSorted(collapsed, "gather", "collapsed_slice_dims");
  sortedDimsInRange(collapsed, operand.ndim, "gather", "collapsed_slice_dims");
  noDuplicateDims(collapsed, "gather", "collapsed_slice_dims");
  noDuplicateDims(operandBatching, "gather", "operand_batching_dims");
  isSorted(operandBatching, "gather", "operand_batching_dims");
  sortedDimsInRange(operandBatching, operand.ndim, "gather", "operand_batching_dims");
  disjointDims(collapsed, operandBatching, "gather", "collapsed_slice_dims", "operand_batching_dims");
  disjointDims(startIndexMap, operandBatching, "gather", "start_index_map", "operand_batching_dims");
  noDuplicateDims(indicesBatching, "gather", "start_indices_batching_dims");
  dimsInRange(indicesBatching, indices.ndim, "gather", "start_indices_batching_dims");
  if (indicesBatching.includes(indexVectorDim)) {
    throw typeError(
      `Gather op cannot have the index vector dimension as a batching dimension; got ${tuple(indicesBatching)}.`,
    );
  }
  if (operandBatching.length !== indicesBatching.length) {
    throw typeError(
      "Gather op requires equal numbers of operand_batching_dims and start_indices_batching_dims, " +
        `got ${tuple(operandBatching)} and${tuple(indicesBatching)}.`,
    );
  }
  const operandBatchShape = operandBatching.map((d) => operand.shape[d]);
  const indicesBatchShape = indicesBatching.map((d) => indices.shape[d]);
  if (operandBatchShape.some((d, i) => d !== indicesBatchShape[i])) {
    throw typeError(
      "Gather op requires operand batching dimensions and indices batching dimensions to have the same shape, " +
        `got ${tuple(operandBatchShape)} and ${tuple(indicesBatchShape)}.`,
    );
  }
  if (operand.ndim !== sliceSizes.length) {
    throw typeError(
      "Gather op must have one slice size for every input dimension; got: " +
        `len(slice_sizes)=${sliceSizes.length}, input_shape.rank=${operand.ndim}`,
    );
  }
  if (sliceSizes.length !== offsetDims.length + collapsed.length + operandBatching.length) {
    throw typeError(
      "All components of the offset index in a gather op must either be a offset dimension or explicitly " +
        `collapsed/batching; got len(slice_sizes)=${sliceSizes.length}, output_slice_sizes=${tuple(offsetDims)}, ` +
        `collapsed_slice_dims=${tuple(collapsed)}, operand_batching_dims=${tuple(operandBatching)}.`,
    );
  }
  const indicesEmpty = indices.shape.some((d) => d === 0);
  sliceSizes.forEach((s, i) => {
    if (!indicesEmpty && !(s >= 0 && operand.shape[i] >= s)) {
      throw typeError(
        `Slice size at index ${i} in gather op is out of range, must be within [0, ${operand.shape[i]} + 1), got ${s}.`,
      );
    }
  });
  collapsed.forEach((d, i) => {
    if (sliceSizes[d] !== 1) {
      throw typeError(
        `Gather op can only collapse slice dims with bound 1, but bound is ${sliceSizes[d]} for index ${d} at position ${i}.`,
      );
    }
  });
  operandBatching.forEach((d, i) => {
    if (sliceSizes[d] > 1) {
      throw typeError(
        `Gather op can only have operand batching dims with bound 0/1, but bound is ${sliceSizes[d]} for index ${d} at position ${i}.`,
      );
    }
  });
  // `_gather_shape_computation`.
  const batchSizes = indices.shape.slice(0, -1);
  const windowSizes = sliceSizes.filter((_, i) => !collapsed.includes(i) && !operandBatching.includes(i));
  let b = 0;
  let s = 0;
  return Array.from({ length: outputRank }, (_, i) =>
    offsetDims.includes(i) ? windowSizes[s++] : batchSizes[b++],
  );
}

/** `lax.gather`'s default fill for FILL_OR_DROP: NaN, the smallest signed or largest unsigned integer, True. */
export function defaultFillValue(dtype: DType): FillValue {
  if (isFloating(dtype) || isComplex(dtype)) return new PyFloat(NaN);
  const bits = dtypeInfo(dtype).bits;
  if (isUnsigned(dtype)) return 2 ** bits - 1;
  if (isInteger(dtype)) return -(2 ** (bits - 1));
  return true;
}

function fillNumber(v: FillValue, dtype: DType): number {
  const f = v ?? defaultFillValue(dtype);
  return typeof f === "boolean" ? Number(f) : f instanceof PyFloat ? f.value : (f as number);
}

export const gatherP: Primitive<GatherParams> = definePrimitive<GatherParams>({
  name: "gather",
  abstractEval: ([operand, indices], p) => {
    const shape = gatherShape(operand, indices, p);
    if (!isInteger(indices.dtype)) throw valueError("indices must have an integer type");
    return [new ShapedArray(shape, operand.dtype, operand.weakType)];
  },
  cpu: ([operand, indices], p, [out]) => {
    if (p.mode === GatherScatterMode.ONE_HOT)
      throw notSupported("gather with mode=GatherScatterMode.ONE_HOT");
    const dn = p.dimension_numbers;
    const spec = {
      offsetDims: dn.offsetDims,
      collapsedSliceDims: dn.collapsedSliceDims,
      startIndexMap: dn.startIndexMap,
      operandBatchingDims: dn.operandBatchingDims,
      startIndicesBatchingDims: dn.startIndicesBatchingDims,
      sliceSizes: p.slice_sizes,
      outOfBounds: p.mode === GatherScatterMode.FILL_OR_DROP ? ("fill" as const) : ("clamp" as const),
      fillValue: fillNumber(p.fill_value, operand.dtype),
    };
    return [gatherCpu(operand, indices, spec, out)];
  },
  batch: (args, dims, p): BatchResult => gatherBatch(args, dims, p),
  // `_gather_jvp_rule`, `_gather_transpose_rule`
  jvp: standardJvp(
    () => gatherP,
    (g, [, indices], p) =>
      bind1(gatherP, [g, indices], {
        ...p,
        fill_value: p.mode === GatherScatterMode.FILL_OR_DROP ? 0 : null,
      }),
    null,
  ),
  transpose: ([t], [operand, indices], p) => {
    if (t instanceof Zero) return [new Zero(operand.aval), null];
    const zeros = zerosLikeAval(operand.aval.withDType(t.aval.dtype, false));
    const dn = p.dimension_numbers;
    const scatterDims = new ScatterDimensionNumbers(
      {
        updateWindowDims: dn.offsetDims,
        insertedWindowDims: dn.collapsedSliceDims,
        scatterDimsToOperandDims: dn.startIndexMap,
        operandBatchingDims: dn.operandBatchingDims,
        scatterIndicesBatchingDims: dn.startIndicesBatchingDims,
      },
      dn.numpyBatching,
    );
    const out = bind1(scatterAddP, [zeros, indices as Value, t], {
      dimension_numbers: scatterDims,
      indices_are_sorted: p.indices_are_sorted,
      mode: p.mode,
      unique_indices: p.unique_indices,
      update_consts: [],
      update_jaxpr: reductionJaxpr("add", t.aval.dtype),
    });
    return [out, null];
  },
});

/** `_gather_batching_rule`. */
function gatherBatch(args: readonly Value[], dims: readonly BatchDim[], p: GatherParams): BatchResult {
  let [operand, indices] = args;
  const [operandBdim, indicesBdim] = dims;
  const dn = p.dimension_numbers;
  if (operandBdim !== null && indicesBdim === null) {
    operand = moveaxis(operand, operandBdim, 0);
    const dnums = new GatherDimensionNumbers({
      offsetDims: concatDims([0], npAdd(1, dn.offsetDims)),
      collapsedSliceDims: npAdd(1, dn.collapsedSliceDims),
      startIndexMap: npAdd(1, dn.startIndexMap),
      operandBatchingDims: npAdd(1, dn.operandBatchingDims),
      startIndicesBatchingDims: dn.startIndicesBatchingDims,
    });
    const sliceSizes = concatDims([operand.aval.shape[0]], p.slice_sizes);
    return [
      bind(gatherP, [operand, indices], { ...p, dimension_numbers: dnums, slice_sizes: sliceSizes }),
      [0],
    ];
  }
  if (operandBdim === null && indicesBdim !== null) {
    indices = moveaxis(indices, indicesBdim, 0);
    const dnums = new GatherDimensionNumbers({
      offsetDims: addKeepingMarks(1, dn.offsetDims),
      collapsedSliceDims: dn.collapsedSliceDims,
      startIndexMap: dn.startIndexMap,
      operandBatchingDims: dn.operandBatchingDims,
      startIndicesBatchingDims: npAdd(1, dn.startIndicesBatchingDims),
    });
    const params = { ...p, dimension_numbers: dnums, unique_indices: false, indices_are_sorted: false };
    return [bind(gatherP, [operand, indices], params), [0]];
  }
  operand = moveaxis(operand, operandBdim as number, 0);
  indices = moveaxis(indices, indicesBdim as number, 0);
  const dnums = new GatherDimensionNumbers({
    offsetDims: npAdd(1, dn.offsetDims),
    collapsedSliceDims: npAdd(1, dn.collapsedSliceDims),
    startIndexMap: npAdd(1, dn.startIndexMap),
    operandBatchingDims: concatDims([0], npAdd(1, dn.operandBatchingDims)),
    startIndicesBatchingDims: concatDims([0], npAdd(1, dn.startIndicesBatchingDims)),
  });
  const sliceSizes = concatDims([operand.aval.shape[0] === 0 ? 0 : 1], p.slice_sizes);
  return [
    bind(gatherP, [operand, indices], { ...p, dimension_numbers: dnums, slice_sizes: sliceSizes }),
    [0],
  ];
}

/** `tuple(k + d for d in dims)`: numpy ints stay numpy ints. */
function addKeepingMarks(k: number, dims: readonly number[]): number[] {
  return markNumpyInts(
    dims.map((d) => d + k),
    dims.map((_, i) => isNumpyIntAt(dims, i)),
  );
}

// ---- scatter ----

export interface ScatterParams extends Params {
  readonly dimension_numbers: ScatterDimensionNumbers;
  readonly indices_are_sorted: boolean;
  readonly mode: GatherScatterMode;
  readonly unique_indices: boolean;
  readonly update_consts: readonly never[];
  /** The combining computation (`add d e` for scatter-add); None for scatter, which replaces. */
  readonly update_jaxpr: Jaxpr | null;
}

export function scatterShape(
  operand: ShapedArray,
  indices: ShapedArray,
  updates: ShapedArray,
  p: ScatterParams,
): Shape {
  const dn = p.dimension_numbers;
  const windowDims = dn.updateWindowDims;
  const inserted = dn.insertedWindowDims;
  const operandBatching = dn.operandBatchingDims;
  const indicesBatching = dn.scatterIndicesBatchingDims;
  const toOperand = dn.scatterDimsToOperandDims;
  const indexVectorDim = indices.ndim - 1;
  if (indexVectorDim < 0) {
    throw typeError(
      `Scatter index leaf dimension must be within [0, rank(indices) + 1). rank(indices) is ${indices.ndim} and ` +
        `scatter index leaf dimension is ${indexVectorDim}.`,
    );
  }
  const expectedUpdatesRank = indices.ndim - 1 + windowDims.length;
  if (updates.ndim !== expectedUpdatesRank) {
    throw typeError(`Updates tensor must be of rank ${expectedUpdatesRank}; got ${updates.ndim}.`);
  }
  isSorted(windowDims, "scatter", "update_window_dims");
  noDuplicateDims(windowDims, "scatter", "update_window_dims");
  sortedDimsInRange(windowDims, updates.ndim, "scatter", "update_window_dims");
  isSorted(inserted, "scatter", "inserted_window_dims");
  noDuplicateDims(inserted, "scatter", "inserted_window_dims");
  sortedDimsInRange(inserted, operand.ndim, "scatter", "inserted_window_dims");
  isSorted(operandBatching, "scatter", "operand_batching_dims");
  noDuplicateDims(operandBatching, "scatter", "operand_batching_dims");
  sortedDimsInRange(operandBatching, operand.ndim, "scatter", "operand_batching_dims");
  disjointDims(inserted, operandBatching, "scatter", "inserted_window_dims", "operand_batching_dims");
  disjointDims(
    toOperand,
    operandBatching,
    "scatter",
    "scatter_dims_to_operand_dims",
    "operand_batching_dims",
  );
  noDuplicateDims(indicesBatching, "scatter", "scatter_indices_batching_dims");
  dimsInRange(indicesBatching, indices.ndim, "scatter", "scatter_indices_batching_dims");
  if (indicesBatching.includes(indexVectorDim)) {
    throw typeError(
      `Scatter op cannot have the index vector dimension as a batching dimension; got ${tuple(indicesBatching)}.`,
    );
  }
  if (operandBatching.length !== indicesBatching.length) {
    throw typeError(
      "Scatter op requires equal numbers of operand_batching_dims and scatter_indices_batching_dims, " +
        `got ${tuple(operandBatching)} and ${tuple(indicesBatching)}.`,
    );
  }
  const operandBatchShape = operandBatching.map((d) => operand.shape[d]);
  const indicesBatchShape = indicesBatching.map((d) => indices.shape[d]);
  if (operandBatchShape.some((d, i) => d !== indicesBatchShape[i])) {
    throw typeError(
      "Scatter op requires operand batching dimensions and indices batching dimensions to have the same shape, " +
        `got ${tuple(operandBatchShape)} and ${tuple(indicesBatchShape)}.`,
    );
  }
  const scatterDimsInUpdates = Array.from({ length: updates.ndim }, (_, d) => d).filter(
    (d) => !windowDims.includes(d),
  );
  const updatesBatchShape = indicesBatching.map((d) => updates.shape[scatterDimsInUpdates[d]]);
  if (operandBatchShape.some((d, i) => d !== updatesBatchShape[i])) {
    throw typeError(
      "Scatter op requires operand batching dimensions and updates batching dimensions to have the same shape, " +
        `got ${tuple(operandBatchShape)} and ${tuple(updatesBatchShape)}.`,
    );
  }
  const windowSize = windowDims.length + inserted.length + operandBatching.length;
  if (operand.ndim !== windowSize) {
    throw typeError(
      `Scatter op has window of size ${windowSize}; doesn't match operand of rank ${operand.ndim}.`,
    );
  }
  if (toOperand.length !== indices.shape[indexVectorDim]) {
    throw typeError(
      `Scatter op has ${toOperand.length} elements in scatter_dims_to_operand_dims and the bound of dimension ` +
        `index_vector_dim=${indexVectorDim} of indices is ${indices.shape[indexVectorDim]}. These two numbers must be equal`,
    );
  }
  toOperand.forEach((d, i) => {
    if (d < 0 || d >= operand.ndim) {
      throw typeError(
        `Invalid scatter_dims_to_operand_dims mapping; domain is [0, ${operand.ndim}), got: ${i}->${d}.`,
      );
    }
  });
  noDuplicateDims(toOperand, "scatter", "scatter_dims_to_operand_dims");
  const maxWindow = operand.shape.filter((_, i) => !inserted.includes(i) && !operandBatching.includes(i));
  windowDims.forEach((d, i) => {
    if (maxWindow[i] < updates.shape[d]) {
      throw typeError(
        "Bounds of the window dimensions of updates must not exceed the bounds of the corresponding dimensions of " +
          `operand. For dimension ${d}, updates bound is ${updates.shape[d]}, operand bound is ${maxWindow[i]}.`,
      );
    }
  });
  let seen = 0;
  for (const d of scatterDimsInUpdates) {
    if (seen === indexVectorDim) seen++;
    if (updates.shape[d] !== indices.shape[seen]) {
      throw typeError(
        "Bounds of the scatter dimensions of updates must be the same as the bounds of the corresponding dimensions " +
          `of scatter indices. For scatter dimension ${d}, updates bound is ${updates.shape[d]}, indices bound is ${indices.shape[seen]}.`,
      );
    }
    seen++;
  }
  return operand.shape;
}

type Combine = (old: number, update: number) => number;

function scatterPrimitive(
  name: string,
  combine: ((d: DType) => Combine) | null,
  ad: { readonly jvp?: JvpRule<ScatterParams>; readonly transpose?: TransposeRule<ScatterParams> } = {},
): Primitive<ScatterParams> {
  const prim: Primitive<ScatterParams> = definePrimitive<ScatterParams>({
    name,
    abstractEval: ([operand, indices, updates], p) => {
      const shape = scatterShape(operand, indices, updates, p);
      if (!isInteger(indices.dtype)) throw valueError("indices must have an integer type");
      checkSameDTypes("scatter", [operand, updates]);
      return [new ShapedArray(shape, operand.dtype, operand.weakType)];
    },
    cpu: ([operand, indices, updates], p, [out]) => {
      if (combine !== null && isComplex(operand.dtype)) throw notSupported(`complex numbers in ${name}`);
      if (p.mode === GatherScatterMode.ONE_HOT)
        throw notSupported(`${name} with mode=GatherScatterMode.ONE_HOT`);
      const dn = p.dimension_numbers;
      const spec = {
        updateWindowDims: dn.updateWindowDims,
        insertedWindowDims: dn.insertedWindowDims,
        scatterDimsToOperandDims: dn.scatterDimsToOperandDims,
        operandBatchingDims: dn.operandBatchingDims,
        scatterIndicesBatchingDims: dn.scatterIndicesBatchingDims,
        outOfBounds: p.mode === GatherScatterMode.CLIP ? ("clamp" as const) : ("drop" as const),
        combine: combine === null ? null : combine(operand.dtype),
      };
      return [scatterCpu(operand, indices, updates, spec, out)];
    },
    batch: (args, dims, p): BatchResult => scatterBatch(prim, args, dims, p),
    ...ad,
  });
  return prim;
}

/** `_scatter_batching_rule`: operand and updates get the batch axis in front (broadcast when unbatched). */
function scatterBatch(
  prim: Primitive<ScatterParams>,
  args: readonly Value[],
  dims: readonly BatchDim[],
  p: ScatterParams,
): BatchResult {
  const size = batchSize(args, dims);
  const [operandBdim, indicesBdim, updatesBdim] = dims;
  const operand = bdimAtFront(args[0], operandBdim, size);
  const updates = bdimAtFront(args[2], updatesBdim, size);
  const dn = p.dimension_numbers;
  if (indicesBdim === null) {
    const dnums = new ScatterDimensionNumbers({
      updateWindowDims: concatDims([0], npAdd(1, dn.updateWindowDims)),
      insertedWindowDims: npAdd(1, dn.insertedWindowDims),
      scatterDimsToOperandDims: npAdd(1, dn.scatterDimsToOperandDims),
      operandBatchingDims: npAdd(1, dn.operandBatchingDims),
      scatterIndicesBatchingDims: dn.scatterIndicesBatchingDims,
    });
    return [bind(prim, [operand, args[1], updates], { ...p, dimension_numbers: dnums }), [0]];
  }
  const indices = bdimAtFront(args[1], indicesBdim, size);
  const dnums = new ScatterDimensionNumbers({
    updateWindowDims: npAdd(1, dn.updateWindowDims),
    insertedWindowDims: npAdd(1, dn.insertedWindowDims),
    scatterDimsToOperandDims: npAdd(1, dn.scatterDimsToOperandDims),
    operandBatchingDims: concatDims([0], npAdd(1, dn.operandBatchingDims)),
    scatterIndicesBatchingDims: concatDims([0], npAdd(1, dn.scatterIndicesBatchingDims)),
  });
  return [bind(prim, [operand, indices, updates], { ...p, dimension_numbers: dnums }), [0]];
}

const nanAware =
  (f: (a: number, b: number) => number): Combine =>
  (a, b) =>
    Number.isNaN(a) || Number.isNaN(b) ? NaN : f(a, b);
const is32BitInt = (d: DType): boolean => isInteger(d) && dtypeInfo(d).bits === 32;

export const scatterP: Primitive<ScatterParams> = scatterPrimitive("scatter", null, {
  // `_scatter_jvp`, for the case JAX handles simply: indices promised unique.
  jvp: ([operand, indices, updates], [go, , gu], p) => {
    const out = bind1(scatterP, [operand, indices, updates], p);
    if (go instanceof Zero && gu instanceof Zero) return [[out], [new Zero(out.aval)]];
    if (!p.unique_indices) throw notSupported("differentiation of scatter with possibly repeated indices");
    const tangent = bind1(scatterP, [instantiate(go), indices, instantiate(gu)], {
      ...p,
      unique_indices: true,
    });
    return [[out], [tangent]];
  },
  // `_scatter_transpose_rule`
  transpose: ([t], [operand, indices, updates], p) => {
    if (!p.unique_indices) throw notSupported("transposition of scatter with possibly repeated indices");
    if (t instanceof Zero) {
      return [
        operand instanceof UndefinedPrimal ? new Zero(operand.aval) : null,
        null,
        updates instanceof UndefinedPrimal ? new Zero(updates.aval) : null,
      ];
    }
    const idx = indices as Value;
    const operandT =
      operand instanceof UndefinedPrimal
        ? bind1(scatterP, [t, idx, zerosLikeAval(updates.aval.withDType(t.aval.dtype, false))], {
            ...p,
            unique_indices: true,
          })
        : null;
    const updateT =
      updates instanceof UndefinedPrimal ? gatherOfScatter(t, idx, updates.aval.shape, p) : null;
    return [operandT, null, updateT];
  },
});
export const scatterAddP: Primitive<ScatterParams> = scatterPrimitive(
  "scatter-add",
  (d) => (isBool(d) ? (a, b) => a | b : (a, b) => a + b),
  {
    // `_scatter_addsub_jvp`
    jvp: ([operand, indices, updates], [go, , gu], p) => {
      const out = bind1(scatterAddP, [operand, indices, updates], p);
      if (go instanceof Zero && gu instanceof Zero) return [[out], [new Zero(out.aval)]];
      return [[out], [bind1(scatterAddP, [instantiate(go), indices, instantiate(gu)], p)]];
    },
    // `_scatter_addsub_transpose_rule`
    transpose: ([t], [operand, indices, updates], p) => {
      if (t instanceof Zero) {
        return [
          operand instanceof UndefinedPrimal ? new Zero(operand.aval) : null,
          null,
          updates instanceof UndefinedPrimal ? new Zero(updates.aval) : null,
        ];
      }
      const updateT =
        updates instanceof UndefinedPrimal
          ? gatherOfScatter(t, indices as Value, updates.aval.shape, p)
          : null;
      return [operand instanceof UndefinedPrimal ? t : null, null, updateT];
    },
  },
);
export const scatterSubP = scatterPrimitive("scatter-sub", () => (a, b) => a - b);
export const scatterMulP = scatterPrimitive("scatter-mul", (d) =>
  isBool(d) ? (a, b) => a & b : is32BitInt(d) ? (a, b) => Math.imul(a, b) : (a, b) => a * b,
);
export const scatterMinP = scatterPrimitive("scatter-min", () => nanAware(Math.min));
export const scatterMaxP = scatterPrimitive("scatter-max", () => nanAware(Math.max));

const reductionJaxprs = new Map<string, Jaxpr>();

const REDUCERS: Record<string, Primitive<Record<string, never>>> = {};

/**
 * `lax._reduction_jaxpr`: the combining computation of a scatter on two scalars of a dtype. It is cached, so
 * every scatter-add of one dtype shares one jaxpr object (printed once as `let jaxpr = ...` when repeated).
 */
export function reductionJaxpr(kind: string, dtype: DType, op?: (x: Value, y: Value) => Value): Jaxpr {
  const key = `${kind}:${dtype}`;
  let j = reductionJaxprs.get(key);
  if (!j) {
    const combine = op ?? ((x: Value, y: Value) => bind1(REDUCERS[kind] ?? addP, [x, y], {}));
    const aval = new ShapedArray([], dtype, false);
    j = traceToJaxpr((x, y) => [combine(x, y)], [aval, aval], { functionName: "reduction_jaxpr" }).jaxpr;
    reductionJaxprs.set(key, j);
  }
  return j;
}

/** The gather that reads back what a scatter wrote: the cotangent of its updates (slicing.py). */
function gatherOfScatter(t: Value, indices: Value, updatesShape: readonly number[], p: ScatterParams): Value {
  const dn = p.dimension_numbers;
  const gatherDims = new GatherDimensionNumbers(
    {
      offsetDims: dn.updateWindowDims,
      collapsedSliceDims: dn.insertedWindowDims,
      startIndexMap: dn.scatterDimsToOperandDims,
      operandBatchingDims: dn.operandBatchingDims,
      startIndicesBatchingDims: dn.scatterIndicesBatchingDims,
    },
    dn.numpyBatching,
  );
  let pos = 0;
  const sliceSizes = t.aval.shape.map((_d, i) =>
    dn.insertedWindowDims.includes(i) || dn.operandBatchingDims.includes(i)
      ? 1
      : updatesShape[dn.updateWindowDims[pos++]],
  );
  return bind1(gatherP, [t, indices], {
    dimension_numbers: gatherDims,
    fill_value: p.mode === GatherScatterMode.FILL_OR_DROP ? 0 : null,
    indices_are_sorted: p.indices_are_sorted,
    mode: p.mode,
    slice_sizes: sliceSizes,
    unique_indices: p.unique_indices,
  });
}
