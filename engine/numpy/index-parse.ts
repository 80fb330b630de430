// NumPy-style indices as jax/_src/numpy/indexing.py parses them (`NDIndexer`): what each index item is, which
// axes it consumes, and the rewrites every strategy starts from (boolean masks to integer arrays, the
// ellipsis to full slices, negative indices wrapped).
import { type Shape, ShapedArray } from "../core/aval.ts";
import { isBool, isInteger, isUnsigned } from "../core/dtypes.ts";
import { EngineError, indexError, jaxError, typeError, valueError } from "../core/errors.ts";
import { pyRepr } from "../core/pyrepr.ts";
import { allocate } from "../core/storage.ts";
import { ArrayValue, type Value } from "../core/values.ts";
import { jaxArrayRepr } from "../format/array-repr.ts";
import * as lax from "../lax/lax.ts";
import { laxConst } from "../lax/slicing.ts";
import { less } from "./ufuncs.ts";

/** A Python slice; its bounds are Python ints, arrays (concrete or traced) or None. */
export class PySlice {
  readonly start: number | Value | null;
  readonly stop: number | Value | null;
  readonly step: number | Value | null;
  constructor(start: number | Value | null, stop: number | Value | null, step: number | Value | null) {
    this.start = start;
    this.stop = stop;
    this.step = step;
  }
  isFull(): boolean {
    return this.start === null && this.stop === null && this.step === null;
  }
}

export const ELLIPSIS = "...";

/** One index item: a Python int, None, Ellipsis, a slice, or an array (a Python bool arrives as a bool array). */
export type IndexItem = number | null | typeof ELLIPSIS | PySlice | Value;

export type IndexType = "none" | "slice" | "ellipsis" | "integer" | "boolean" | "array";

export interface ParsedIndex {
  readonly index: IndexItem;
  readonly type: IndexType;
  readonly consumedAxes: readonly number[];
}

export interface Indexer {
  readonly shape: Shape;
  readonly indices: readonly ParsedIndex[];
}

/** The index items as the Python front end sends them: ["slice", start, stop, step] for slices. */
export function indexItemsFromPython(items: readonly unknown[]): IndexItem[] {
  return items.map((it) => {
    if (typeof it === "bigint") return Number(it);
    if (Array.isArray(it) && it[0] === "slice") return new PySlice(bound(it[1]), bound(it[2]), bound(it[3]));
    return it as IndexItem;
  });
}

function bound(b: unknown): number | Value | null {
  if (b === null || b === undefined) return null;
  if (typeof b === "bigint") return Number(b);
  return b as number | Value;
}

/** `IndexType.from_index`. */
export function indexType(idx: IndexItem): IndexType {
  if (idx === null) return "none";
  if (idx === ELLIPSIS) return "ellipsis";
  if (idx instanceof PySlice) return "slice";
  if (typeof idx === "number") return "integer";
  if (isBool(idx.aval.dtype)) return "boolean";
  if (isInteger(idx.aval.dtype)) return "array";
  throw typeError(`Indexer must have integer or boolean type, got indexer with type ${idx.aval.dtype}`);
}

/** `_parse_indices`. */
export function parseIndices(items: readonly IndexItem[], shape: Shape): Indexer {
  const types = items.map(indexType);
  const consumed = items.map((it, i) => {
    const t = types[i];
    if (t === "none" || t === "ellipsis") return 0;
    if (t === "boolean") return (it as Value).aval.ndim;
    return 1;
  });
  const ellipses = types.flatMap((t, i) => (t === "ellipsis" ? [i] : []));
  if (ellipses.length > 1) throw indexError("an index can only have a single ellipsis ('...')");
  const total = consumed.reduce((a, b) => a + b, 0);
  if (total > shape.length) {
    throw indexError(`Too many indices: array is ${shape.length}-dimensional, but ${total} were indexed`);
  }
  if (ellipses.length) consumed[ellipses[0]] = shape.length - total;
  let dim = 0;
  const indices = items.map((index, i) => {
    const axes = Array.from({ length: consumed[i] }, (_, k) => dim + k);
    dim += consumed[i];
    return { index, type: types[i], consumedAxes: axes };
  });
  return { shape, indices };
}

export function isConcrete(v: number | Value | null): boolean {
  return !(v !== null && typeof v !== "number" && !(v instanceof ArrayValue));
}

/** Python's `operator.index` of a slice bound that is known to be concrete. */
export function toInt(v: number | Value): number {
  if (typeof v === "number") return v;
  if (!(v instanceof ArrayValue) || v.aval.ndim !== 0 || !(isInteger(v.aval.dtype) || isBool(v.aval.dtype))) {
    throw typeError("Only integer scalar arrays can be converted to a scalar index.");
  }
  return Number(v.data[0]);
}

/** `slice.indices(length)`: Python's normalised (start, stop, step). */
export function sliceIndices(s: PySlice, length: number): [number, number, number] {
  const step = s.step === null ? 1 : toInt(s.step);
  if (step === 0) throw valueError("slice step cannot be zero");
  const [lower, upper] = step < 0 ? [-1, length - 1] : [0, length];
  const clamp = (b: number | Value | null, dflt: number): number => {
    if (b === null) return dflt;
    let v = toInt(b);
    if (v < 0) v += length;
    return v < lower ? lower : v > upper ? upper : v;
  };
  return [clamp(s.start, step < 0 ? upper : lower), clamp(s.stop, step < 0 ? lower : upper), step];
}

/** `core.canonicalize_slice`: (start, step, size) of `x[s]` along an axis of `size`. */
export function canonicalizeSlice(s: PySlice, size: number): [number, number, number] {
  const step = s.step === null ? 1 : toInt(s.step);
  if (step === 0) throw valueError("slice step cannot be zero");
  const up = step > 0;
  const clamp = (i: number): number =>
    i >= 0 ? Math.min(up ? size : size - 1, i) : Math.max(up ? 0 : -1, size + i);
  const start = s.start === null ? (up ? 0 : size - 1) : clamp(toInt(s.start));
  const stop = s.stop === null ? (up ? size : -1) : clamp(toInt(s.stop));
  const gap = Math.abs(step);
  const distance = up ? stop - start : start - stop;
  return [start, step, Math.floor(Math.max(0, distance + gap - 1) / gap)];
}

/** `repr()` of an index item, as JAX's messages show it. */
export function indexRepr(idx: IndexItem): string {
  if (idx === null) return "None";
  if (idx === ELLIPSIS) return "Ellipsis";
  if (typeof idx === "number") return String(idx);
  if (idx instanceof PySlice)
    return `slice(${boundRepr(idx.start)}, ${boundRepr(idx.stop)}, ${boundRepr(idx.step)})`;
  return valueRepr(idx);
}

function boundRepr(b: number | Value | null): string {
  return b === null ? "None" : typeof b === "number" ? String(b) : valueRepr(b);
}

function valueRepr(v: Value): string {
  if (!(v instanceof ArrayValue)) return v.pyRepr();
  if (v.origin !== "python") return jaxArrayRepr(v);
  return v.aval.dtype === "bool" ? (v.data[0] ? "True" : "False") : pyRepr(Number(v.scalar()));
}

/** `NDIndexer.validate_slices`: slice bounds must be known at trace time. */
export function validateSlices(indexer: Indexer): void {
  indexer.indices.forEach((p, position) => {
    if (p.type !== "slice") return;
    const s = p.index as PySlice;
    if (![s.start, s.stop, s.step].every(isConcrete)) {
      throw indexError(`Slice entries must be static integers. Got ${indexRepr(s)} at position ${position}`);
    }
  });
}

/** `NDIndexer.expand_bool_indices`: concrete masks become integer arrays (numpy's `np.where`). */
export function expandBoolIndices(indexer: Indexer): Indexer {
  const out: ParsedIndex[] = [];
  indexer.indices.forEach((p, position) => {
    if (p.type !== "boolean") {
      out.push(p);
      return;
    }
    const mask = p.index as Value;
    if (!(mask instanceof ArrayValue)) {
      throw jaxError(
        "NonConcreteBooleanIndexError",
        `Array boolean indices must be concrete; got ${mask.aval.strShort()}\n`,
      );
    }
    if (mask.aval.ndim === 0) {
      out.push(p);
      return;
    }
    const maskShape = mask.aval.shape;
    const expected = p.consumedAxes.map((a) => indexer.shape[a]);
    if (!maskShape.every((s, i) => i >= expected.length || s === 0 || s === expected[i])) {
      throw indexError(
        `boolean index did not match shape of indexed array in index ${position}: ` +
          `got ${pyRepr(maskShape)}, expected [${expected.join(", ")}]`,
      );
    }
    npWhere(mask).forEach((idx, k) =>
      out.push({ index: idx, type: "array", consumedAxes: [p.consumedAxes[k]] }),
    );
  });
  return { shape: indexer.shape, indices: out };
}

/** numpy's `np.where(mask)`: one array of coordinates per axis, computed on the host (origin "numpy"). */
function npWhere(mask: ArrayValue): ArrayValue[] {
  const shape = mask.aval.shape;
  const hits: number[] = [];
  for (let i = 0; i < mask.data.length; i++) if (mask.data[i]) hits.push(i);
  return shape.map((_, axis) => {
    const inner = shape.slice(axis + 1).reduce((a, b) => a * b, 1);
    return numpyArray(hits.map((flat) => Math.floor(flat / inner) % shape[axis]));
  });
}

/** A host (numpy) int array, as index arrays that JAX computes with numpy; int32 once x64 is off. */
export function numpyArray(values: readonly number[]): ArrayValue {
  const data = allocate("int32", values.length);
  values.forEach((v, i) => (data[i] = v));
  return new ArrayValue(new ShapedArray([values.length], "int32", false), data, "numpy");
}

/** `NDIndexer.expand_ellipses`: the ellipsis and the implicit trailing axes become full slices. */
export function expandEllipses(indexer: Indexer): Indexer {
  const out: ParsedIndex[] = [];
  let consumed = 0;
  const full = (axis: number): ParsedIndex => ({
    index: new PySlice(null, null, null),
    type: "slice",
    consumedAxes: [axis],
  });
  for (const p of indexer.indices) {
    consumed += p.consumedAxes.length;
    if (p.type === "ellipsis") for (const axis of p.consumedAxes) out.push(full(axis));
    else out.push(p);
  }
  for (let axis = consumed; axis < indexer.shape.length; axis++) out.push(full(axis));
  return { shape: indexer.shape, indices: out };
}

/** `idx < 0`: numpy computes it on the host for host arrays; for JAX arrays it is a `lt` in the program. */
export function isNegative(idx: Value): Value {
  if (idx instanceof ArrayValue && idx.origin === "numpy") {
    const data = allocate("bool", idx.aval.size);
    for (let i = 0; i < data.length; i++) data[i] = idx.data[i] < 0 ? 1 : 0;
    return new ArrayValue(idx.aval.withDType("bool", false), data, "numpy");
  }
  return less(idx, ArrayValue.pythonScalar("int", 0));
}

/** `NDIndexer.normalize_indices`: negative indices count from the end. */
export function normalizeIndices(indexer: Indexer): Indexer {
  const indices = indexer.indices.map((p): ParsedIndex => {
    if (p.type === "integer") {
      const i = p.index as number;
      return { ...p, index: i < 0 ? i + indexer.shape[p.consumedAxes[0]] : i };
    }
    if (p.type === "array") {
      const idx = p.index as Value;
      if (isUnsigned(idx.aval.dtype)) return p;
      const size = laxConst(idx, indexer.shape[p.consumedAxes[0]]);
      return { ...p, index: lax.select(isNegative(idx), lax.add(idx, size), idx) };
    }
    return p;
  });
  return { shape: indexer.shape, indices };
}

/** The errors that make JAX's indexing try its next strategy (TypeError, ValueError, IndexError and kin). */
export function isFallbackError(e: unknown): boolean {
  return (
    e instanceof EngineError &&
    [
      "TypeError",
      "ValueError",
      "IndexError",
      "ConcretizationTypeError",
      "TracerBoolConversionError",
      "TracerIntegerConversionError",
      "NonConcreteBooleanIndexError",
    ].includes(e.pyType)
  );
}
