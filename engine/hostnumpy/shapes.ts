// Basic indexing (integers, slices, None, Ellipsis), reshape and transpose of numpy arrays.
import { stridesOf } from "../core/aval.ts";
import { EngineError, notSupported } from "../core/errors.ts";
import type { ArrayValue } from "../core/values.ts";
import { castTo, npArray, sizeOf } from "./values.ts";

/** One index item as the Python side sends it. */
export type IndexItem =
  number | null | "..." | readonly ["slice", number | null, number | null, number | null];

/** Python's slice.indices(size): start, step and the number of elements selected. */
function sliceRange(
  size: number,
  start: number | null,
  stop: number | null,
  step: number | null,
): [number, number, number] {
  // Python's None may arrive as undefined.
  const st = step ?? 1;
  if (st === 0) throw new EngineError("ValueError", "slice step cannot be zero");
  const clamp = (v: number | null, dflt: number, lo: number, hi: number): number => {
    if (v === null || v === undefined) return dflt;
    if (v < 0) v += size;
    return Math.min(Math.max(v, lo), hi);
  };
  const b = st > 0 ? clamp(start, 0, 0, size) : clamp(start, size - 1, -1, size - 1);
  const e = st > 0 ? clamp(stop, size, 0, size) : clamp(stop, -1, -1, size - 1);
  const n = st > 0 ? Math.max(0, Math.ceil((e - b) / st)) : Math.max(0, Math.ceil((b - e) / -st));
  return [b, st, n];
}

/** `a[index]` for basic indices: a new contiguous array (numpy returns a view; values are the same). */
export function basicIndex(a: ArrayValue, items: readonly IndexItem[]): ArrayValue {
  const ndim = a.shape.length;
  const consumed = items.filter((it) => it !== null && it !== "...").length;
  const ellipses = items.filter((it) => it === "...").length;
  if (ellipses > 1) throw new EngineError("IndexError", "an index can only have a single ellipsis ('...')");
  if (consumed > ndim) {
    throw new EngineError(
      "IndexError",
      `too many indices for array: array is ${ndim}-dimensional, but ${consumed} were indexed`,
    );
  }
  const full: IndexItem[] = [];
  for (const it of items) {
    if (it === "...") for (let k = 0; k < ndim - consumed; k++) full.push(["slice", null, null, null]);
    else full.push(it);
  }
  if (ellipses === 0) for (let k = consumed; k < ndim; k++) full.push(["slice", null, null, null]);
  const strides = stridesOf(a.shape);
  let base = 0;
  const outShape: number[] = [];
  const outStrides: number[] = [];
  let axis = 0;
  for (const it of full) {
    if (it === null) {
      outShape.push(1);
      outStrides.push(0);
    } else if (typeof it === "number") {
      const size = a.shape[axis];
      if (!Number.isInteger(it)) throw notSupported("this kind of numpy index");
      if (it < -size || it >= size) {
        throw new EngineError(
          "IndexError",
          `index ${it} is out of bounds for axis ${axis} with size ${size}`,
        );
      }
      base += (it < 0 ? it + size : it) * strides[axis];
      axis++;
    } else if (Array.isArray(it) && it[0] === "slice") {
      const [b, st, n] = sliceRange(a.shape[axis], it[1], it[2], it[3]);
      base += b * strides[axis];
      outShape.push(n);
      outStrides.push(st * strides[axis]);
      axis++;
    } else {
      throw notSupported("advanced (array or boolean) indexing of numpy arrays");
    }
  }
  const n = sizeOf(outShape);
  const out = new Array<number>(n);
  const counter = new Array<number>(outShape.length).fill(0);
  let pos = base;
  for (let i = 0; i < n; i++) {
    out[i] = a.data[pos];
    for (let d = outShape.length - 1; d >= 0; d--) {
      counter[d]++;
      pos += outStrides[d];
      if (counter[d] < outShape[d]) break;
      pos -= outStrides[d] * counter[d];
      counter[d] = 0;
    }
  }
  return npArray(outShape, a.dtype, out);
}

/** numpy's shape text in reshape errors: leading -1s dropped, later ones shown as `newaxis`, no spaces. */
function reshapeText(shape: readonly number[]): string {
  let i = 0;
  while (i < shape.length && shape[i] < 0) i++;
  if (i === shape.length) return "()";
  const parts = [String(shape[i])];
  for (i++; i < shape.length; i++) parts.push(shape[i] < 0 ? "newaxis" : String(shape[i]));
  return shape.length === 1 ? `(${parts[0]},)` : `(${parts.join(",")})`;
}

/** The `(3,)` / `(2, 3)` text of broadcast errors in assignments. */
function shapeText(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(",")})`;
}

export function reshape(a: ArrayValue, newShape: readonly number[]): ArrayValue {
  const size = a.aval.size;
  const unknown = newShape.filter((d) => d < 0).length;
  if (unknown > 1) throw new EngineError("ValueError", "can only specify one unknown dimension");
  const mismatch = (): EngineError =>
    new EngineError("ValueError", `cannot reshape array of size ${size} into shape ${reshapeText(newShape)}`);
  let shape = [...newShape];
  if (unknown === 1) {
    const known = newShape.filter((d) => d >= 0).reduce((x, y) => x * y, 1);
    if (known === 0 || size % known !== 0) throw mismatch();
    shape = newShape.map((d) => (d < 0 ? size / known : d));
  }
  if (sizeOf(shape) !== size) throw mismatch();
  return npArray(shape, a.dtype, a.data);
}

export function transpose(a: ArrayValue, axes: readonly number[] | null): ArrayValue {
  const ndim = a.shape.length;
  const perm = axes === null ? [...Array(ndim).keys()].reverse() : axes.map((x) => (x < 0 ? x + ndim : x));
  if (perm.length !== ndim) throw new EngineError("ValueError", "axes don't match array");
  const inStrides = stridesOf(a.shape);
  const outShape = perm.map((p) => a.shape[p]);
  const strides = perm.map((p) => inStrides[p]);
  const n = a.aval.size;
  const out = new Array<number>(n);
  const counter = new Array<number>(ndim).fill(0);
  let pos = 0;
  for (let i = 0; i < n; i++) {
    out[i] = a.data[pos];
    for (let d = ndim - 1; d >= 0; d--) {
      counter[d]++;
      pos += strides[d];
      if (counter[d] < outShape[d]) break;
      pos -= strides[d] * counter[d];
      counter[d] = 0;
    }
  }
  return npArray(outShape, a.dtype, out);
}

/** `a[index] = value` for basic indices: numpy arrays are mutable, so this writes into `a`'s storage. */
export function setBasicIndex(a: ArrayValue, items: readonly IndexItem[], value: ArrayValue): void {
  // Index a array of positions the same way as the values, then scatter.
  const positions = npArray(
    a.shape,
    "float64",
    Array.from({ length: a.aval.size }, (_, i) => i),
  );
  const target = basicIndex(positions, items);
  const src = castTo(value, a.dtype);
  const srcShape = src.shape;
  const shape = target.shape;
  if (
    srcShape.length > shape.length ||
    srcShape.some((d, i) => d !== 1 && d !== shape[shape.length - srcShape.length + i])
  ) {
    throw new EngineError(
      "ValueError",
      `could not broadcast input array from shape ${shapeText(srcShape)} into shape ${shapeText(shape)}`,
    );
  }
  const bStrides = stridesOf(srcShape).map((s, i) => (srcShape[i] === 1 ? 0 : s));
  const offset = shape.length - srcShape.length;
  const n = target.aval.size;
  const counter = new Array<number>(shape.length).fill(0);
  for (let i = 0; i < n; i++) {
    let p = 0;
    for (let d = 0; d < srcShape.length; d++) p += counter[d + offset] * bStrides[d];
    a.data[target.data[i]] = src.data[p];
    for (let d = shape.length - 1; d >= 0; d--) {
      if (++counter[d] < shape[d]) break;
      counter[d] = 0;
    }
  }
}
