// `_index_to_gather` (jax/_src/numpy/indexing.py): any NumPy-style index as one XLA gather (and, transposed,
// one scatter): the gather indices, the dimension numbers, and what to do to the result (reverse axes,
// insert the None axes).
import { type Shape, shapesEqual } from "../core/aval.ts";
import { indexError } from "../core/errors.ts";
import { ArrayValue, type Value } from "../core/values.ts";
import { convertElementType } from "../lax/convert.ts";
import { GatherDimensionNumbers } from "../lax/primitives/indexing.ts";
import { concatenate, expandDims, rev } from "../lax/primitives/shape.ts";
import { iota } from "../lax/primitives/creation.ts";
import { broadcastInDim, broadcastShapes } from "../lax/shapes.ts";
import { pyIntConst } from "../lax/slicing.ts";
import {
  canonicalizeSlice,
  expandEllipses,
  type Indexer,
  indexRepr,
  normalizeIndices,
  numpyArray,
  type ParsedIndex,
  PySlice,
  validateSlices,
} from "./index-parse.ts";
import { add, multiply } from "./ufuncs.ts";

export interface GatherIndexer {
  /** The shape of `x[idx]`. */
  readonly sliceShape: number[];
  readonly gatherSliceShape: number[];
  readonly gatherIndices: Value;
  readonly dnums: GatherDimensionNumbers;
  /** True when there are no advanced (integer array) indices, which alone can repeat or disorder. */
  readonly uniqueIndices: boolean;
  readonly indicesAreSorted: boolean;
  readonly reversedYDims: number[];
  readonly newaxisDims: number[];
  readonly scalarBoolDims: number[];
}

/** `util._broadcast_arrays`. */
function broadcastArrays(xs: readonly Value[]): Value[] {
  const shapes = xs.map((x) => x.aval.shape);
  if (shapes.every((s) => shapesEqual(s, shapes[0]))) return [...xs];
  const shape = broadcastShapes("broadcast_arrays", shapes);
  return xs.map((x) => broadcastTo(x, shape));
}

/** `lax.broadcast_to` for shapes known to be compatible. */
function broadcastTo(x: Value, shape: Shape): Value {
  if (shapesEqual(x.aval.shape, shape)) return x;
  const nlead = shape.length - x.aval.ndim;
  return broadcastInDim(
    x,
    shape,
    Array.from({ length: x.aval.ndim }, (_, i) => nlead + i),
  );
}

/** `NDIndexer.expand_scalar_bool_indices`: `x[True]` indexes a new axis of size 1 with `arange(1)`. */
function expandScalarBoolIndices(indexer: Indexer): Indexer {
  const shape = [...indexer.shape];
  const indices: ParsedIndex[] = [];
  let dim = 0;
  indexer.indices.forEach((p, i) => {
    if (p.type === "boolean") {
      shape.splice(i, 0, 1);
      const on = Boolean((p.index as ArrayValue).data[0]);
      indices.push({ index: numpyArray(on ? [0] : []), type: "array", consumedAxes: [dim] });
      dim += 1;
    } else {
      const n = p.consumedAxes.length;
      indices.push({ ...p, consumedAxes: Array.from({ length: n }, (_, k) => dim + k) });
      dim += n;
    }
  });
  return { shape, indices };
}

const isAdvancedType = (p: ParsedIndex): boolean => p.type === "array" || p.type === "integer";
const ndimOf = (p: ParsedIndex): number => (typeof p.index === "number" ? 0 : (p.index as Value).aval.ndim);

export function indexToGather(parsed: Indexer, normalize: boolean): GatherIndexer {
  validateSlices(parsed);
  const advancedPositions = parsed.indices.flatMap((p, i) => (isAdvancedType(p) ? [i] : []));
  const contiguous = advancedPositions.every((p, k) => k === 0 || p - advancedPositions[k - 1] === 1);
  let indexer = expandEllipses(parsed);
  const scalarBoolDims = indexer.indices.flatMap((p, n) => (p.type === "boolean" ? [n] : []));
  indexer = expandScalarBoolIndices(indexer);
  if (normalize) indexer = normalizeIndices(indexer);
  const shape = indexer.shape;

  let advanced: Value[] = [];
  let idxAdvancedAxes: number[] = [];
  let xAdvancedAxes: number[] = [];
  const isAdvancedIndexer = indexer.indices.some(
    (p) => (p.type === "array" || p.type === "boolean") && ndimOf(p) > 0,
  );
  if (isAdvancedIndexer) {
    const withoutNone = indexer.indices.flatMap((p, i) => (p.type === "none" ? [] : [[i, p] as const]));
    const pairs = withoutNone.flatMap(([i, p], j) =>
      isAdvancedType(p) ? [[asArray(p.index as number | Value), i, j] as const] : [],
    );
    advanced = pairs.map((t) => t[0]);
    idxAdvancedAxes = pairs.map((t) => t[1]);
    xAdvancedAxes = pairs.map((t) => t[2]);
  }

  let xAxis = 0;
  let yAxis = 0;
  let collapsedYAxis = 0;
  const offsetDims: number[] = [];
  const collapsedSliceDims: number[] = [];
  const startIndexMap: number[] = [];
  const gatherIndices: Array<readonly [Value, number]> = [];
  const gatherIndicesShape: number[] = [];
  const sliceShape: number[] = [];
  const newaxisDims: number[] = [];
  const reversedYDims: number[] = [];
  const gatherSliceShape: number[] = [];

  indexer.indices.forEach((p, idxPos) => {
    if (advanced.length && (contiguous ? idxPos === idxAdvancedAxes[0] : idxPos === 0)) {
      const arrs = broadcastArrays(advanced);
      const bshape = arrs[0].aval.shape;
      const startDim = gatherIndicesShape.length;
      for (const a of arrs) gatherIndices.push([convertElementType(a, "int32", false), startDim]);
      gatherIndicesShape.push(...bshape);
      startIndexMap.push(...xAdvancedAxes);
      collapsedSliceDims.push(...xAdvancedAxes);
      sliceShape.push(...bshape);
      yAxis += bshape.length;
      collapsedYAxis += bshape.length;
    }
    if (idxAdvancedAxes.includes(idxPos)) {
      xAxis += 1;
      gatherSliceShape.push(1);
      return;
    }
    if ((p.type === "integer" || p.type === "array") && ndimOf(p) === 0) {
      if (shape[xAxis] === 0) throw indexError(`index is out of bounds for axis ${xAxis} with size 0`);
      gatherIndices.push([
        convertElementType(asArray(p.index as number | Value), "int32", false),
        gatherIndicesShape.length,
      ]);
      collapsedSliceDims.push(xAxis);
      gatherSliceShape.push(1);
      startIndexMap.push(xAxis);
      xAxis += 1;
    } else if (p.type === "none") {
      sliceShape.push(1);
      newaxisDims.push(yAxis);
      yAxis += 1;
    } else if (p.type === "slice") {
      const [start, step, size] = canonicalizeSlice(p.index as PySlice, shape[xAxis]);
      sliceShape.push(size);
      if (step === 1) {
        if (size !== shape[xAxis]) {
          gatherIndices.push([pyIntConst(start), gatherIndicesShape.length]);
          startIndexMap.push(xAxis);
        }
        gatherSliceShape.push(size);
        offsetDims.push(collapsedYAxis);
      } else {
        let idx = add(pyIntConst(start), multiply(pyIntConst(step), iota("int32", size)));
        if (step < 0) {
          reversedYDims.push(collapsedYAxis);
          idx = rev(idx, [0]);
        }
        gatherSliceShape.push(1);
        gatherIndices.push([idx, gatherIndicesShape.length]);
        startIndexMap.push(xAxis);
        gatherIndicesShape.push(size);
        collapsedSliceDims.push(xAxis);
      }
      collapsedYAxis += 1;
      yAxis += 1;
      xAxis += 1;
    } else {
      throw indexError(`Got unsupported indexer at position ${idxPos}: ${indexRepr(p.index)}`);
    }
  });

  let gatherIndicesArray: Value;
  if (gatherIndices.length === 0) {
    gatherIndicesArray = numpyArray([]);
  } else if (gatherIndices.length === 1) {
    const g = gatherIndices[0][0];
    gatherIndicesArray = expandDims(g, [g.aval.ndim]);
  } else {
    const lastDim = gatherIndicesShape.length;
    gatherIndicesShape.push(1);
    gatherIndicesArray = concatenate(
      gatherIndices.map(([g, i]) =>
        broadcastInDim(
          g,
          gatherIndicesShape,
          Array.from({ length: g.aval.ndim }, (_, k) => i + k),
        ),
      ),
      lastDim,
    );
  }
  return {
    sliceShape,
    gatherSliceShape,
    gatherIndices: gatherIndicesArray,
    dnums: new GatherDimensionNumbers({
      offsetDims,
      collapsedSliceDims: [...collapsedSliceDims].sort((a, b) => a - b),
      startIndexMap,
    }),
    uniqueIndices: advanced.length === 0,
    indicesAreSorted: advanced.length === 0,
    reversedYDims,
    newaxisDims,
    scalarBoolDims,
  };
}

/** `jnp.asarray` of an index: a Python int stays a weakly typed scalar constant. */
function asArray(i: number | Value): Value {
  return typeof i === "number" ? ArrayValue.pythonScalar("int", i) : i;
}
