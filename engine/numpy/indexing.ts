// NumPy-style indexing of JAX arrays: `x[idx]` (`rewriting_take`), `x.at[idx].set/add/...`
// (`_scatter_update`), as jax/_src/numpy/indexing.py and jax/_src/ops/scatter.py compose them.
import { isBool, isInteger } from "../core/dtypes.ts";
import { typeError, valueError } from "../core/errors.ts";
import { PyFloat } from "../core/pyrepr.ts";
import { ArrayValue, type Value } from "../core/values.ts";
import { convertElementType } from "../lax/convert.ts";
import { type FillValue, GatherScatterMode, ScatterDimensionNumbers } from "../lax/primitives/indexing.ts";
import { expandDims, rev, squeeze } from "../lax/primitives/shape.ts";
import { gather, scatter, type ScatterKind } from "../lax/slicing.ts";
// These modules only export functions to Python; loading them here registers them.
import "../lax/slicing-exports.ts";
import "./take.ts";
import { exportJnp } from "./array-args.ts";
import { broadcastTo, fullLike, onesLike } from "./creation.ts";
import { indexToGather } from "./index-gather.ts";
import {
  expandBoolIndices,
  type IndexItem,
  type Indexer,
  indexItemsFromPython,
  isFallbackError,
  parseIndices,
} from "./index-parse.ts";
import { applyDynamicSlice, applyStaticSlice, planDynamicSlice, planStaticSlice } from "./index-slices.ts";
import { promoteDTypes } from "./promotion.ts";
import { power, trueDivide } from "./ufuncs.ts";
import { concretizationError } from "../python/concrete.ts";

/** The keyword arguments of `.at[idx].get()` and the update methods. */
export interface IndexOptions {
  readonly indicesAreSorted: boolean;
  readonly uniqueIndices: boolean;
  readonly mode: string | null;
  readonly fillValue: Value | null;
  /** `wrap_negative_indices`. */
  readonly normalize: boolean;
}

const DEFAULTS: IndexOptions = {
  indicesAreSorted: false,
  uniqueIndices: false,
  mode: null,
  fillValue: null,
  normalize: true,
};

/** Runs `plan`, or returns undefined when it raises one of the errors that send JAX to its next strategy. */
function attempt<T>(plan: () => T): T | undefined {
  try {
    return plan();
  } catch (e) {
    if (isFallbackError(e)) return undefined;
    throw e;
  }
}

/** `rewriting_take`: `arr[idx]` as a static slice if it can be, else a dynamic slice, else a gather. */
export function rewritingTake(arr: Value, items: readonly IndexItem[], opts: IndexOptions = DEFAULTS): Value {
  const indexer = parseIndices(items, arr.aval.shape);
  const staticPlan = attempt(() => planStaticSlice(indexer, opts.mode, opts.normalize));
  if (staticPlan) return applyStaticSlice(arr, staticPlan);
  const dynamicPlan = attempt(() => planDynamicSlice(indexer, opts.mode));
  if (dynamicPlan) return applyDynamicSlice(arr, dynamicPlan, opts.normalize);
  return gatherTake(arr, expandBoolIndices(indexer), opts);
}

function fillValueParam(v: Value | null): FillValue {
  if (v === null) return null;
  if (!(v instanceof ArrayValue)) throw concretizationError(v, "fill_value argument to indexed get()\n");
  if (v.aval.ndim !== 0) throw valueError("fill_value argument to indexed get() must be a scalar");
  const x = v.scalar();
  if (typeof x === "boolean") return x;
  return v.origin === "python" && v.pyValue !== undefined ? new PyFloat(x) : x;
}

/** `_gather`. */
function gatherTake(arr: Value, indexer: Indexer, opts: IndexOptions): Value {
  const g = indexToGather(indexer, opts.normalize);
  const fill = fillValueParam(opts.fillValue);
  let y = arr;
  if (g.scalarBoolDims.length) y = expandDims(y, g.scalarBoolDims);
  if (g.sliceShape.some((d) => d === 0))
    return fullLike(y, ArrayValue.pythonScalar("int", 0), null, g.sliceShape);
  if (!g.gatherIndices.aval.shape.some((d) => d === 0)) {
    y = gather(y, g.gatherIndices, g.dnums, g.gatherSliceShape, {
      uniqueIndices: opts.uniqueIndices || g.uniqueIndices,
      indicesAreSorted: opts.indicesAreSorted || g.indicesAreSorted,
      mode: opts.mode,
      fillValue: fill,
    });
  }
  if (g.reversedYDims.length) y = rev(y, g.reversedYDims);
  return expandDims(y, g.newaxisDims);
}

/** `jnp.asarray(y)` in `_scatter_update`: a Python int (or bool) takes the dtype of an integer x. */
function updateValues(x: Value, y: Value): Value {
  const pyIntLike =
    y instanceof ArrayValue && y.origin === "python" && (isBool(y.aval.dtype) || y.pyValue === undefined);
  if (pyIntLike && isInteger(x.aval.dtype)) return convertElementType(y, x.aval.dtype, false);
  return y;
}

/** `_scatter_update` and `_scatter_impl`: `x[idx] op= y` without mutation. */
export function scatterUpdate(
  x: Value,
  items: readonly IndexItem[],
  values: Value,
  kind: ScatterKind,
  opts: IndexOptions = DEFAULTS,
): Value {
  const y = updateValues(x, values);
  const indexer = expandBoolIndices(parseIndices(items, x.aval.shape));
  const { dtype, weakType } = x.aval;
  const g = indexToGather(indexer, opts.normalize);
  if (g.sliceShape.some((d) => d === 0)) return x;
  let [px, py] = promoteDTypes([x, y]);
  py = broadcastTo(py, g.sliceShape);
  if (g.newaxisDims.length) py = squeeze(py, g.newaxisDims);
  if (g.reversedYDims.length) py = rev(py, g.reversedYDims);
  if (g.scalarBoolDims.length) px = expandDims(px, g.scalarBoolDims);
  const dnums = new ScatterDimensionNumbers({
    updateWindowDims: g.dnums.offsetDims,
    insertedWindowDims: g.dnums.collapsedSliceDims,
    scatterDimsToOperandDims: g.dnums.startIndexMap,
    operandBatchingDims: g.dnums.operandBatchingDims,
    scatterIndicesBatchingDims: g.dnums.startIndicesBatchingDims,
  });
  let out = scatter(kind, px, g.gatherIndices, py, dnums, {
    indicesAreSorted: g.indicesAreSorted || opts.indicesAreSorted,
    uniqueIndices: g.uniqueIndices || opts.uniqueIndices,
    mode: opts.mode,
  });
  if (g.scalarBoolDims.length) out = squeeze(out, g.scalarBoolDims);
  return convertElementType(out, dtype, weakType);
}

/** The methods of `x.at[idx]` that update. */
export type UpdateOp = "set" | "add" | "subtract" | "mul" | "divide" | "power" | "min" | "max";

export function indexUpdate(
  x: Value,
  items: readonly IndexItem[],
  op: UpdateOp,
  values: Value,
  opts: IndexOptions = DEFAULTS,
): Value {
  switch (op) {
    case "set":
      return scatterUpdate(x, items, values, "scatter", opts);
    case "add":
      return scatterUpdate(x, items, values, "add", opts);
    case "subtract":
      return scatterUpdate(x, items, values, "sub", opts);
    case "mul":
      return scatterUpdate(x, items, values, "mul", opts);
    case "min":
      return scatterUpdate(x, items, values, "min", opts);
    case "max":
      return scatterUpdate(x, items, values, "max", opts);
    case "divide":
      return trueDivide(x, scatterUpdate(onesLike(x, null, null), items, values, "mul", opts));
    case "power":
      return power(x, scatterUpdate(onesLike(x, null, null), items, values, "mul", opts));
  }
}

// ---- what the Python front end calls ----

/** The keyword arguments as the front end sends them: [indices_are_sorted, unique_indices, mode, fill_value, wrap_negative_indices]. */
function optionsFromPython(options: readonly unknown[] | null | undefined): IndexOptions {
  if (options === null || options === undefined) return DEFAULTS;
  const [sorted, unique, mode, fill, wrap] = options;
  if (mode !== null && typeof mode !== "string" && !(mode instanceof GatherScatterMode)) {
    throw typeError(`Unknown gather mode "${String(mode)}"`);
  }
  return {
    indicesAreSorted: Boolean(sorted),
    uniqueIndices: Boolean(unique),
    mode: mode as string | null,
    fillValue: (fill ?? null) as Value | null,
    normalize: wrap === null || wrap === undefined ? true : Boolean(wrap),
  };
}

exportJnp("_getitem", "x, index, options=None", { x: "array" }, ((
  x: Value,
  index: unknown[],
  options: unknown[] | null,
) => rewritingTake(x, indexItemsFromPython(index), optionsFromPython(options))) as never);

exportJnp("_index_update", "x, index, op, values, options=None", { x: "array", values: "array" }, ((
  x: Value,
  index: unknown[],
  op: UpdateOp,
  values: Value,
  options: unknown[] | null,
) => indexUpdate(x, indexItemsFromPython(index), op, values, optionsFromPython(options))) as never);
