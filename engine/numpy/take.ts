// jnp.take and jnp.take_along_axis (jax/_src/numpy/indexing.py), both `@jit` in JAX and built on lax.gather.
import { shapeStr } from "../core/aval.ts";
import { isInteger, isUnsigned } from "../core/dtypes.ts";
import { EngineError, indexError, notSupported, typeError, valueError } from "../core/errors.ts";
import { PyFloat, pyRepr } from "../core/pyrepr.ts";
import { ArrayValue, type Value } from "../core/values.ts";
import * as lax from "../lax/lax.ts";
import { convertElementType } from "../lax/convert.ts";
import { type FillValue, GatherDimensionNumbers, GatherScatterMode } from "../lax/primitives/indexing.ts";
import { canonicalizeAxis, expandDims, reshape as laxReshape, squeeze } from "../lax/primitives/shape.ts";
import { broadcastShapes } from "../lax/shapes.ts";
import { gather, laxConst } from "../lax/slicing.ts";
import { jitted } from "../transforms/jit.ts";
import { checkArraylike, exportJnp } from "./array-args.ts";
import { full, fullLike } from "./creation.ts";
import { remainder } from "./elementwise.ts";
import { isNegative } from "./index-parse.ts";
import { add } from "./ufuncs.ts";
import { where3 } from "./where.ts";

/** A static fill value as the front end sends it (a Python scalar), kept as JAX prints it. */
function staticFill(v: Value | null): FillValue {
  if (v === null) return null;
  if (!(v instanceof ArrayValue)) throw notSupported("a traced fill_value");
  const x = v.scalar();
  if (typeof x === "boolean") return x;
  return v.pyValue !== undefined ? new PyFloat(x) : x;
}

/** The fill value as the jit cache tells statics apart (JSON would confuse NaN and infinities). */
const fillKey = (f: FillValue): string => (f === null ? "None" : pyRepr(f));

const range = (a: number, b: number): number[] => Array.from({ length: Math.max(0, b - a) }, (_, i) => a + i);

const takeJit = jitted("_take", ([a0, indices0], statics) => {
  const [axis, mode, uniqueIndices, indicesAreSorted, fill] = statics as [
    number | null,
    string | null,
    boolean,
    boolean,
    FillValue,
  ];
  let a = a0;
  let indices = indices0;
  let axisIdx: number;
  if (axis === null) {
    a = laxReshape(a, [a.aval.size]);
    axisIdx = 0;
  } else {
    axisIdx = canonicalizeAxis(axis, a.aval.ndim);
  }
  let gatherMode: GatherScatterMode;
  if (mode === null || mode === "fill") {
    gatherMode = GatherScatterMode.FILL_OR_DROP;
    // lax.gather does not wrap negative indices.
    indices = where3(
      isNegative(indices),
      add(indices, ArrayValue.pythonScalar("int", a.aval.shape[axisIdx])),
      indices,
    );
  } else if (mode === "raise") {
    throw new EngineError("NotImplementedError", "The 'raise' mode to jnp.take is not supported.");
  } else if (mode === "wrap") {
    indices = remainder(indices, laxConst(indices, a.aval.shape[axisIdx]));
    gatherMode = GatherScatterMode.PROMISE_IN_BOUNDS;
  } else if (mode === "clip") {
    gatherMode = GatherScatterMode.CLIP;
  } else {
    throw valueError(`Invalid mode '${mode}' for np.take`);
  }
  const indexDims = indices.aval.ndim;
  const sliceSizes = [...a.aval.shape];
  if (sliceSizes[axisIdx] === 0) {
    if (indices.aval.size !== 0) throw indexError("Cannot do a non-empty jnp.take() from an empty axis.");
    return [a];
  }
  if (indices.aval.size === 0) {
    const outShape = [
      ...sliceSizes.slice(0, axisIdx),
      ...indices.aval.shape,
      ...sliceSizes.slice(axisIdx + 1),
    ];
    return [fullLike(a, ArrayValue.pythonScalar("int", 0), null, outShape)];
  }
  sliceSizes[axisIdx] = 1;
  const dnums = new GatherDimensionNumbers({
    offsetDims: [...range(0, axisIdx), ...range(axisIdx + indexDims, a.aval.ndim + indexDims - 1)],
    collapsedSliceDims: [axisIdx],
    startIndexMap: [axisIdx],
  });
  // `indices[..., None]`, a static index: one expand_dims.
  const expanded = expandDims(indices, [indices.aval.ndim]);
  return [
    gather(a, expanded, dnums, sliceSizes, {
      mode: gatherMode,
      uniqueIndices,
      indicesAreSorted,
      fillValue: fill,
    }),
  ];
});

export function take(
  a: Value,
  indices: Value,
  axis: number | null,
  out: unknown,
  mode: string | null,
  uniqueIndices: boolean,
  indicesAreSorted: boolean,
  fillValue: Value | null,
): Value {
  checkArraylike("take", [a, indices]);
  if (out !== null)
    throw new EngineError("NotImplementedError", "The 'out' argument to jnp.take is not supported.");
  const fill = staticFill(fillValue);
  const statics = [axis, mode, Boolean(uniqueIndices), Boolean(indicesAreSorted), fill, fillKey(fill)];
  return takeJit([a, indices], statics)[0];
}

const takeAlongAxisJit = jitted("take_along_axis", ([arr, indices0], statics) => {
  const [axis0, mode, fill, wrapArg] = statics as [number | null, string | null, FillValue, boolean | null];
  let a = arr;
  let indices = indices0;
  const idxShape = indices.aval.shape;
  if (!isInteger(indices.aval.dtype)) {
    throw typeError(`take_along_axis indices must be of integer type, got ${indices.aval.dtype}`);
  }
  let axis = axis0;
  if (axis === null) {
    if (indices.aval.ndim !== 1) {
      throw valueError(`take_along_axis indices must be 1D if axis=None, got shape ${shapeStr(idxShape)}`);
    }
    a = laxReshape(a, [a.aval.size]);
    axis = 0;
  }
  const rank = a.aval.ndim;
  if (rank !== indices.aval.ndim) {
    throw valueError(
      `indices and arr must have the same number of dimensions; ${indices.aval.ndim} vs. ${rank}`,
    );
  }
  const axisInt = canonicalizeAxis(axis, rank);
  const axisSize = a.aval.shape[axisInt];
  const arrShape = a.aval.shape.map((d, i) => (i === axisInt ? 1 : d));
  const outShape = broadcastShapes("take_along_axis", [idxShape, arrShape]);
  if (axisSize === 0) return [full(outShape, ArrayValue.pythonScalar("int", 0), a.aval.dtype)];
  const wrap = wrapArg ?? mode !== "promise_in_bounds";
  if (wrap) {
    indices = convertElementType(indices, "int32", false);
    if (!isUnsigned(indices.aval.dtype)) {
      indices = lax.select(isNegative(indices), lax.add(indices, laxConst(indices, axisSize)), indices);
    }
  }
  if (mode === "one_hot") throw notSupported("take_along_axis with mode='one_hot'");
  const indexDims = idxShape.flatMap((d, i) => (i === axisInt || d !== 1 ? [i] : []));
  const gatherIndices = laxReshape(indices, [...indexDims.map((i) => outShape[i]), 1]);
  const sliceSizes: number[] = [];
  const offsetDims: number[] = [];
  const startIndexMap: number[] = [];
  const collapsedSliceDims: number[] = [];
  const operandBatchingDims: number[] = [];
  const startIndicesBatchingDims: number[] = [];
  const dimsToSqueeze: number[] = [];
  let newI = 0;
  let j = 0;
  for (let i = 0; i < rank; i++) {
    if (i === axisInt) {
      sliceSizes.push(1);
      startIndexMap.push(newI);
      collapsedSliceDims.push(newI);
      newI++;
      j++;
    } else if (idxShape[i] === 1) {
      offsetDims.push(i);
      sliceSizes.push(arrShape[i]);
      newI++;
    } else if (arrShape[i] === 1) {
      dimsToSqueeze.push(i);
      j++;
    } else {
      sliceSizes.push(arrShape[i] === 0 ? 0 : 1);
      operandBatchingDims.push(newI);
      startIndicesBatchingDims.push(j);
      newI++;
      j++;
    }
  }
  a = squeeze(a, dimsToSqueeze);
  const dnums = new GatherDimensionNumbers({
    offsetDims,
    collapsedSliceDims,
    startIndexMap,
    operandBatchingDims,
    startIndicesBatchingDims,
  });
  return [gather(a, gatherIndices, dnums, sliceSizes, { mode: mode ?? "fill", fillValue: fill })];
});


export function takeAlongAxis(
  arr: Value,
  indices: Value,
  axis: number | null,
  mode: string | null,
  fillValue: Value | null,
  wrapNegativeIndices: boolean | null,
): Value {
  checkArraylike("take_along_axis", [arr, indices]);
  const fill = staticFill(fillValue);
  return takeAlongAxisJit([arr, indices], [axis, mode, fill, wrapNegativeIndices, fillKey(fill)])[0];
}

exportJnp(
  "take",
  "a, indices, axis=None, out=None, mode=None, unique_indices=False, indices_are_sorted=False, fill_value=None",
  { a: "array", indices: "array", fill_value: "optarray" },
  take as never,
);

exportJnp(
  "take_along_axis",
  "arr, indices, axis=-1, mode=None, fill_value=None, *, wrap_negative_indices=None",
  { arr: "array", indices: "array", fill_value: "optarray" },
  takeAlongAxis as never,
);
