// The lax functions of jax/_src/lax/slicing.py over the slicing primitives, composed as JAX composes them.
import type { Shape } from "../core/aval.ts";
import { type DType, isFloating, isInteger, isUnsigned } from "../core/dtypes.ts";
import { indexError, notSupported, valueError } from "../core/errors.ts";
import type { Primitive } from "../core/primitive.ts";
import { pyRepr } from "../core/pyrepr.ts";
import { bind1, currentTrace } from "../core/trace.ts";
import { ArrayValue, type Value } from "../core/values.ts";
import type { Jaxpr } from "../ir/jaxpr.ts";
import { add as npAdd, less as npLess } from "../numpy/ufuncs.ts";
import { convertElementType } from "./convert.ts";
import * as lax from "./lax.ts";
import {
  checkSliceSizes,
  defaultFillValue,
  dynamicSliceP,
  dynamicUpdateSliceP,
  type FillValue,
  type GatherDimensionNumbers,
  gatherP,
  GatherScatterMode,
  safeMapError,
  type ScatterDimensionNumbers,
  type ScatterParams,
  scatterAddP,
  scatterMaxP,
  scatterMinP,
  scatterMulP,
  scatterP,
  scatterSubP,
  sliceP,
  reductionJaxpr as sharedReductionJaxpr,
} from "./primitives/indexing.ts";
import { NumpyInt, squeeze } from "./primitives/shape.ts";

/** A start index: a Python int, or an array (concrete or traced). */
export type StartIndex = number | Value;

export function slice(
  operand: Value,
  startIndices: readonly number[],
  limitIndices: readonly number[],
  strides: readonly number[] | null = null,
): Value {
  if (strides === null && currentTrace().kind === "eval")
    return sliceEagerly(operand, startIndices, limitIndices);
  return bind1(sliceP, [operand], {
    start_indices: [...startIndices],
    limit_indices: [...limitIndices],
    strides: strides === null ? null : [...strides],
  });
}

/**
 * Outside a trace, JAX runs an unstrided slice as a dynamic_slice (`_slice_impl`), so its errors are
 * dynamic_slice's (sizes shown as numpy integers) and out-of-range starts are clamped.
 */
function sliceEagerly(
  operand: Value,
  startIndices: readonly number[],
  limitIndices: readonly number[],
): Value {
  if (startIndices.length !== limitIndices.length) {
    throw notSupported("lax.slice with start_indices and limit_indices of different lengths");
  }
  const sizes = limitIndices.map((l, i) => l - startIndices[i]);
  if (startIndices.length !== operand.aval.ndim) throw safeMapError(operand.aval.ndim, startIndices.length);
  checkSliceSizes(operand.aval, sizes, (xs) => pyRepr(xs.map((d) => new NumpyInt(d))));
  const starts = startIndices.map((i) => ArrayValue.pythonScalar("int", i));
  return bind1(dynamicSliceP, [operand, ...starts], { slice_sizes: sizes });
}

/** A Python int as lax stages it: a strong int32 constant (`convert_element_type(i, int32)`). */
export function pyIntConst(i: number, dtype: DType = "int32"): Value {
  return convertElementType(ArrayValue.pythonScalar("int", i), dtype, false);
}

/**
 * `lax._const(example, val)`: a weakly typed scalar example gives a Python scalar (weak, a literal), anything
 * else a strong scalar of the example's dtype.
 */
export function laxConst(example: Value, val: number): Value {
  const a = example.aval;
  if (a.weakType && a.ndim === 0 && (isInteger(a.dtype) || isFloating(a.dtype))) {
    return ArrayValue.pythonScalar(isFloating(a.dtype) ? "float" : "int", val);
  }
  return convertElementType(ArrayValue.pythonScalar("int", val), a.dtype, false);
}

/** `_dynamic_slice_indices`: negative indices wrap around, with `i < 0` checked in the program when traced. */
export function dynamicSliceIndices(
  operand: Value,
  startIndices: readonly StartIndex[],
  allowNegative: boolean | readonly boolean[],
): Value[] {
  const shape = operand.aval.shape;
  if (startIndices.length !== shape.length) {
    throw valueError(
      `Length of slice indices must match number of operand dimensions (${startIndices.length} vs ${pyShape(shape)})`,
    );
  }
  const allow = typeof allowNegative === "boolean" ? startIndices.map(() => allowNegative) : allowNegative;
  return startIndices.map((i, ax) => {
    const d = shape[ax];
    if (typeof i === "number") {
      if (!allow[ax] && i < 0) {
        throw valueError(`Index ${i} is out of bounds for dimension ${d} if allow_negative_indices=False`);
      }
      return pyIntConst(allow[ax] && i < 0 ? i + d : i);
    }
    if (isUnsigned(i.aval.dtype) || !allow[ax]) return i;
    const size = convertElementType(ArrayValue.pythonScalar("int", d), i.aval.dtype, false);
    return lax.select(npLess(i, ArrayValue.pythonScalar("int", 0)), npAdd(i, size), i);
  });
}

function pyShape(s: Shape): string {
  return s.length === 1 ? `(${s[0]},)` : `(${s.join(", ")})`;
}

export function dynamicSlice(
  operand: Value,
  startIndices: readonly StartIndex[],
  sliceSizes: readonly number[],
  allowNegative: boolean | readonly boolean[] = true,
): Value {
  const starts = dynamicSliceIndices(operand, startIndices, allowNegative);
  return bind1(dynamicSliceP, [operand, ...starts], { slice_sizes: [...sliceSizes] });
}

export function dynamicUpdateSlice(
  operand: Value,
  update: Value,
  startIndices: readonly StartIndex[],
  allowNegative: boolean | readonly boolean[] = true,
): Value {
  const starts = dynamicSliceIndices(operand, startIndices, allowNegative);
  return bind1(dynamicUpdateSliceP, [operand, update, ...starts], {});
}

export interface GatherOptions {
  readonly uniqueIndices?: boolean;
  readonly indicesAreSorted?: boolean;
  readonly mode?: GatherScatterMode | string | null;
  readonly fillValue?: FillValue;
}

/** `lax.gather`: mode None means PROMISE_IN_BOUNDS here; FILL_OR_DROP gets the dtype's default fill value. */
export function gather(
  operand: Value,
  indices: Value,
  dimensionNumbers: GatherDimensionNumbers,
  sliceSizes: readonly number[],
  opts: GatherOptions = {},
): Value {
  const mode = GatherScatterMode.fromAny(opts.mode ?? GatherScatterMode.PROMISE_IN_BOUNDS);
  let fill: FillValue = null;
  if (mode === GatherScatterMode.FILL_OR_DROP) fill = opts.fillValue ?? defaultFillValue(operand.aval.dtype);
  return bind1(gatherP, [operand, indices], {
    dimension_numbers: dimensionNumbers,
    fill_value: fill,
    indices_are_sorted: Boolean(opts.indicesAreSorted),
    mode,
    slice_sizes: [...sliceSizes],
    unique_indices: Boolean(opts.uniqueIndices),
  });
}

export interface ScatterOptions {
  readonly indicesAreSorted?: boolean;
  readonly uniqueIndices?: boolean;
  readonly mode?: GatherScatterMode | string | null;
}

export type ScatterKind = "scatter" | "add" | "sub" | "mul" | "min" | "max";

const SCATTERS: Record<
  ScatterKind,
  readonly [Primitive<ScatterParams>, ((x: Value, y: Value) => Value) | null]
> = {
  scatter: [scatterP, null],
  add: [scatterAddP, lax.add],
  sub: [scatterSubP, lax.sub],
  mul: [scatterMulP, lax.mul],
  min: [scatterMinP, lax.min],
  max: [scatterMaxP, lax.max],
};

/** `lax._reduction_jaxpr`, shared with the transposition of gather (one jaxpr object per kind and dtype). */
function reductionJaxpr(kind: ScatterKind, op: (x: Value, y: Value) => Value, dtype: DType): Jaxpr {
  return sharedReductionJaxpr(kind, dtype, op);
}

/** `lax.scatter`, `lax.scatter_add`, ...: mode None means FILL_OR_DROP. */
export function scatter(
  kind: ScatterKind,
  operand: Value,
  indices: Value,
  updates: Value,
  dimensionNumbers: ScatterDimensionNumbers,
  opts: ScatterOptions = {},
): Value {
  const [prim, op] = SCATTERS[kind];
  const updateJaxpr = op === null ? null : reductionJaxpr(kind, op, operand.aval.dtype);
  return bind1(prim, [operand, indices, updates], {
    dimension_numbers: dimensionNumbers,
    indices_are_sorted: Boolean(opts.indicesAreSorted),
    mode: GatherScatterMode.fromAny(opts.mode ?? null),
    unique_indices: Boolean(opts.uniqueIndices),
    update_consts: [],
    update_jaxpr: updateJaxpr,
  });
}

// ---- convenience wrappers ----

export function sliceInDim(
  operand: Value,
  startIndex: number | null,
  limitIndex: number | null,
  stride = 1,
  axis = 0,
): Value {
  const shape = operand.aval.shape;
  const start = shape.map(() => 0);
  const limit = [...shape];
  const strides = shape.map(() => 1);
  const len = shape[axis];
  let s = startIndex ?? 0;
  let l = limitIndex ?? len;
  if (s < 0) s += len;
  if (l < 0) l += len;
  start[axis] = s;
  limit[axis] = l;
  strides[axis] = stride;
  return slice(operand, start, limit, strides);
}

export function indexInDim(operand: Value, index: number, axis = 0, keepdims = true): Value {
  const size = operand.aval.shape[axis];
  const wrapped = index < 0 ? index + size : index;
  if (!(wrapped >= 0 && wrapped < size)) {
    throw indexError(`index ${index} is out of bounds for axis ${axis} with size ${size}`);
  }
  const result = sliceInDim(operand, wrapped, wrapped + 1, 1, axis);
  return keepdims ? result : squeeze(result, [axis]);
}

/** `lax._const(index, 0)`. */
function zeroLike(index: StartIndex): StartIndex {
  return typeof index === "number" ? 0 : laxConst(index, 0);
}

export function dynamicSliceInDim(
  operand: Value,
  startIndex: StartIndex,
  sliceSize: number,
  axis = 0,
  allowNegative = true,
): Value {
  const nd = operand.aval.ndim;
  const starts: StartIndex[] = new Array<StartIndex>(nd).fill(zeroLike(startIndex));
  const sizes = [...operand.aval.shape];
  const allow = new Array<boolean>(nd).fill(false);
  allow[axis] = allowNegative;
  starts[axis] = startIndex;
  sizes[axis] = sliceSize;
  return dynamicSlice(operand, starts, sizes, allow);
}

export function dynamicUpdateSliceInDim(
  operand: Value,
  update: Value,
  startIndex: StartIndex,
  axis: number,
  allowNegative = true,
): Value {
  const nd = operand.aval.ndim;
  const starts: StartIndex[] = new Array<StartIndex>(nd).fill(zeroLike(startIndex));
  const allow = new Array<boolean>(nd).fill(false);
  allow[axis] = allowNegative;
  starts[axis] = startIndex;
  return dynamicUpdateSlice(operand, update, starts, allow);
}
