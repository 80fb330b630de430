// jnp's shape manipulation (jax/_src/numpy/lax_numpy.py, array_methods.py, sorting.py), composed from lax
// as JAX composes it, including which functions are `@jit` (and so print as `jit[name=...]` equations).
import { markNumpyInts } from "../core/pyrepr.ts";
import { type Shape, shapeSize } from "../core/aval.ts";
import { type DType, DEFAULT_INT } from "../core/dtypes.ts";
import { EngineError, indexError, notSupported, typeError, valueError } from "../core/errors.ts";
import { ArrayValue, Tracer, type Value } from "../core/values.ts";
import * as lax from "../lax/lax.ts";
import { broadcastInDim, broadcastShapes } from "../lax/shapes.ts";
import { broadcastedIota } from "../lax/primitives/creation.ts";
import {
  type PadConfigEntry,
  canonicalizeAxis,
  concatenate as laxConcatenate,
  expandDims as laxExpandDims,
  pad as laxPad,
  reshape as laxReshape,
  rev,
  sort as laxSort,
  split as laxSplit,
  squeeze as laxSqueeze,
  stack as laxStack,
  tile as laxTile,
  transpose as laxTranspose,
  unstack as laxUnstack,
} from "../lax/primitives/shape.ts";
import { sliceInDim } from "../lax/slicing.ts";
import { concretizationError } from "../python/concrete.ts";
import { jitted } from "../transforms/jit.ts";
import {
  type Plain,
  canonicalizeShape,
  checkArraylike,
  ensureIndexTuple,
  exportJnp,
  optionalUserDType,
  plainRepr,
  pyIndex,
} from "./array-args.ts";
import { array, broadcastTo, range } from "./creation.ts";
import { promoteDTypes } from "./promotion.ts";

// ---- reshape, ravel ----

/** `_compute_newshape`: one -1 may stand for the remaining size; the errors are JAX's. */
function computeNewShape(x: Value, newShape: Plain): number[] {
  // Anything iterable (a sequence, a 1-d array) is the shape itself; a number or a scalar is one dim.
  const iterable = Array.isArray(newShape) || (newShape instanceof ArrayValue && newShape.aval.ndim > 0);
  const shape = canonicalizeShape(iterable ? newShape : [newShape]);
  const size = x.aval.size;
  const shown = plainRepr(newShape);
  const neg1s = shape.flatMap((d, i) => (d === -1 ? [i] : []));
  if (neg1s.length > 1)
    throw typeError(`can only specify one unknown axis size with a \`-1\` value, got ${shown}`);
  if (neg1s.length === 1) {
    const others = shape.filter((_, i) => i !== neg1s[0]);
    const known = shapeSize(others);
    if (known === 0) throw new EngineError("ZeroDivisionError", "integer modulo by zero");
    if (size % known !== 0) {
      throw typeError(
        `cannot reshape array of shape ${tupleOf(x.aval.shape)} (size ${size}) into shape ${shown} because the ` +
          `product of specified axis sizes (${known}) does not evenly divide ${size}`,
      );
    }
    return shape.map((d) => (d === -1 ? size / known : d));
  }
  if (size !== shapeSize(shape)) {
    throw typeError(
      `cannot reshape array of shape ${tupleOf(x.aval.shape)} (size ${size}) into shape ${shown} (size ${shapeSize(shape)})`,
    );
  }
  return shape;
}

const tupleOf = (s: Shape): string => plainRepr([...s]);

/** `jnp.reshape` / `Array.reshape`. */
export function reshape(x: Value, newShape: Plain, order: string = "C"): Value {
  const shape = computeNewShape(x, newShape);
  if (order === "C") return laxReshape(x, shape);
  if (order === "F") {
    const dims = range(x.aval.ndim).reverse();
    return transpose(laxReshape(x, [...shape].reverse(), dims), null);
  }
  if (order === "A") throw new EngineError("NotImplementedError", "np.reshape order=A is not implemented.");
  throw valueError(`Unexpected value for 'order' argument: ${order}.`);
}

export function ravel(x: Value, order: string = "C"): Value {
  if (order === "K") throw new EngineError("NotImplementedError", "Ravel not implemented for order='K'.");
  return reshape(x, [x.aval.size], order);
}

// ---- transpose, swapaxes, moveaxis ----

export function transpose(x: Value, axes: Plain): Value {
  const nd = x.aval.ndim;
  const perm = axes === null ? range(nd).reverse() : ensureIndexTuple(axes);
  return laxTranspose(
    x,
    perm.map((a) => canonicalizeAxis(a, nd)),
  );
}

export function swapaxes(x: Value, axis1: Plain, axis2: Plain): Value {
  const nd = x.aval.ndim;
  const perm = range(nd);
  const at = (a: number): number => {
    if (a < -nd || a >= nd) throw indexError(`index ${a} is out of bounds for axis 0 with size ${nd}`);
    return a < 0 ? a + nd : a;
  };
  const [i, j] = [at(pyIndex(axis1)), at(pyIndex(axis2))];
  [perm[i], perm[j]] = [perm[j], perm[i]];
  return laxTranspose(x, perm);
}

export function moveaxis(x: Value, sourceIn: Plain, destinationIn: Plain): Value {
  const nd = x.aval.ndim;
  const source = ensureIndexTuple(sourceIn).map((a) => canonicalizeAxis(a, nd));
  const destination = ensureIndexTuple(destinationIn).map((a) => canonicalizeAxis(a, nd));
  if (source.length !== destination.length) {
    throw valueError(`Inconsistent number of elements: ${source.length} vs ${destination.length}`);
  }
  const perm = range(nd).filter((i) => !source.includes(i));
  const pairs = destination.map((d, k) => [d, source[k]] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  for (const [dest, src] of pairs) perm.splice(dest, 0, src);
  return laxTranspose(x, perm);
}

// ---- squeeze, expand_dims ----

export function squeeze(x: Value, axis: Plain): Value {
  const dims = axis === null ? x.aval.shape.flatMap((d, i) => (d === 1 ? [i] : [])) : ensureIndexTuple(axis);
  return laxSqueeze(x, dims);
}

export const expandDims = (x: Value, axis: Plain): Value => laxExpandDims(x, ensureIndexTuple(axis));

// ---- concatenate, stack and friends ----

function asSequence(name: string, arrays: readonly Value[]): readonly Value[] {
  checkArraylike(name, arrays);
  return arrays;
}

/** What the front end passes for a sequence of arrays: the list, or one array standing for its rows. */
export type ArraysArg = readonly Value[] | Value;

const isOneArray = (x: ArraysArg): x is Value => !Array.isArray(x);

export function concatenate(arraysIn: ArraysArg, axis: Plain = 0, dtypeName: string | null = null): Value {
  if (isOneArray(arraysIn)) return concatenateArray(arraysIn, axis, dtypeName);
  const arrays = asSequence("concatenate", arraysIn);
  if (arrays.length === 0) throw valueError("Need at least one array to concatenate.");
  if (axis === null)
    return concatenate(
      arrays.map((a) => ravel(a)),
      0,
      dtypeName,
    );
  if (arrays[0].aval.ndim === 0) throw valueError("Zero-dimensional arrays cannot be concatenated.");
  const ax = canonicalizeAxis(pyIndex(axis), arrays[0].aval.ndim);
  const dtype = optionalUserDType(dtypeName);
  const out = dtype === null ? promoteDTypes(arrays) : arrays.map((a) => array(a, dtype, false));
  return laxConcatenate(out, ax);
}

/** `_concatenate_array`: the rows of one array, joined by a single reshape. */
function concatenateArray(arrIn: Value, axis: Plain, dtypeName: string | null): Value {
  const arr = array(arrIn, dtypeName, false);
  const shape = arr.aval.shape;
  if (arr.aval.ndim === 0 || shape[0] === 0) throw valueError("Need at least one array to concatenate.");
  if (axis === null) return laxReshape(arr, [arr.aval.size]);
  if (arr.aval.ndim === 1) throw valueError("Zero-dimensional arrays cannot be concatenated.");
  const ax = canonicalizeAxis(pyIndex(axis), arr.aval.ndim - 1);
  const newShape = [...shape.slice(1, ax + 1), shape[0] * shape[ax + 1], ...shape.slice(ax + 2)];
  const dimensions = [...range(ax + 1).slice(1), 0, ...range(arr.aval.ndim).slice(ax + 1)];
  return laxReshape(arr, newShape, dimensions);
}

export function stack(
  arraysIn: ArraysArg,
  axis: Plain = 0,
  out: Plain = null,
  dtypeName: string | null = null,
): Value {
  if (isOneArray(arraysIn)) {
    // `len(arrays)` first, as JAX.
    if (arraysIn.aval.ndim === 0) throw typeError("len() of unsized object");
    if (arraysIn.aval.shape[0] === 0) throw valueError("Need at least one array to stack.");
    if (out !== null)
      throw new EngineError("NotImplementedError", "The 'out' argument to jnp.stack is not supported.");
    const ax = canonicalizeAxis(pyIndex(axis), arraysIn.aval.ndim);
    return concatenate(laxExpandDims(arraysIn, [ax + 1]), ax, dtypeName);
  }
  if (arraysIn.length === 0) throw valueError("Need at least one array to stack.");
  if (out !== null)
    throw new EngineError("NotImplementedError", "The 'out' argument to jnp.stack is not supported.");
  const arrays = asSequence("stack", arraysIn);
  const dtype = optionalUserDType(dtypeName);
  const promoted = dtype === null ? promoteDTypes(arrays) : arrays.map((a) => array(a, dtype, false));
  return laxStack(promoted, pyIndex(axis));
}

/** hstack and friends map atleast_Nd over the rows of an array with vmap. */
function sequenceOnly(name: string, tup: ArraysArg): readonly Value[] {
  if (isOneArray(tup)) throw notSupported(`jnp.${name} of a single array (JAX maps over its rows with vmap)`);
  return tup;
}

export function vstack(tupIn: ArraysArg, dtypeName: string | null): Value {
  const tup = sequenceOnly("vstack", tupIn);
  checkArraylike("vstack", tup);
  return concatenate(
    tup.map((m) => atleast2d([m])[0]),
    0,
    dtypeName,
  );
}

export function hstack(tupIn: ArraysArg, dtypeName: string | null): Value {
  const tup = sequenceOnly("hstack", tupIn);
  checkArraylike("hstack", tup);
  const arrs = tup.map((m) => atleast1d([m])[0]);
  return concatenate(arrs, arrs[0]?.aval.ndim === 1 ? 0 : 1, dtypeName);
}

export function dstack(tupIn: ArraysArg, dtypeName: string | null): Value {
  const tup = sequenceOnly("dstack", tupIn);
  checkArraylike("dstack", tup);
  return concatenate(
    tup.map((m) => atleast3d([m])[0]),
    2,
    dtypeName,
  );
}

export function columnStack(tupIn: ArraysArg): Value {
  const tup = sequenceOnly("column_stack", tupIn);
  checkArraylike("column_stack", tup);
  return concatenate(
    tup.map((a) => (a.aval.ndim < 2 ? transpose(atleast2d([a])[0], null) : a)),
    1,
  );
}

/** JAX's `@jit`-ed `append` (axis static). */
const appendJit = jitted("append", ([arr, values], [axis]) => [
  axis === null ? concatenate([ravel(arr), ravel(values)], 0) : concatenate([arr, values], axis as number),
]);

export function append(arr: Value, values: Value, axis: Plain): Value {
  return appendJit([arr, values], [axis === null ? null : pyIndex(axis)])[0];
}

// ---- atleast_1d / 2d / 3d: `@jit` functions of all their arguments ----

const atleast1d = jitted("atleast_1d", (arys) => arys.map((a) => array(a, null, false, "K", 1)));
const atleast2d = jitted("atleast_2d", (arys) => arys.map((a) => array(a, null, false, "K", 2)));
const atleast3d = jitted("atleast_3d", (arys) =>
  arys.map((a) => {
    const nd = a.aval.ndim;
    if (nd === 0) return laxExpandDims(a, [0, 1, 2]);
    if (nd === 1) return laxExpandDims(a, [0, 2]);
    if (nd === 2) return laxExpandDims(a, [2]);
    return a;
  }),
);

function atleast(name: string, f: (args: readonly Value[]) => Value[]) {
  return (arys: readonly Value[]): Value | Value[] => {
    checkArraylike(name, arys);
    const outs = f(arys);
    return arys.length === 1 ? outs[0] : outs;
  };
}

// ---- broadcasting ----

export function jnpBroadcastTo(x: Value, shape: Plain): Value {
  return broadcastTo(x, canonicalizeShape(shape));
}

export function broadcastArrays(args: readonly Value[]): Value[] {
  checkArraylike("broadcast_arrays", args);
  const shapes = args.map((a) => a.aval.shape);
  if (shapes.length === 0 || shapes.every((s) => s.join(",") === shapes[0].join(","))) return [...args];
  const result = broadcastShapes("broadcast_arrays", shapes);
  return args.map((a) => broadcastTo(a, result));
}

export function jnpBroadcastShapes(shapes: readonly Plain[]): number[] {
  if (shapes.length === 0) return [];
  return [
    ...broadcastShapes(
      "broadcast_shapes",
      shapes.map((s) => canonicalizeShape(s)),
    ),
  ];
}

// ---- tile, repeat ----

export function tile(x: Value, reps: Plain): Value {
  const given = ensureIndexTuple(reps);
  const full = [...new Array<number>(Math.max(0, x.aval.ndim - given.length)).fill(1), ...given];
  const a = full.length > x.aval.ndim ? laxExpandDims(x, range(full.length - x.aval.ndim)) : x;
  return laxTile(a, full);
}

export function repeat(a: Value, repeats: Plain, axis: Plain, totalRepeatLength: Plain): Value {
  if (totalRepeatLength !== null) throw notSupported("jnp.repeat with total_repeat_length");
  let arr = a;
  let ax: number;
  if (axis === null) {
    arr = ravel(arr);
    ax = 0;
  } else {
    ax = pyIndex(axis);
  }
  if (repeats instanceof Tracer) {
    throw concretizationError(
      repeats,
      "When jit-compiling jnp.repeat, the total number of repeats must be static. To fix this, either specify a " +
        "static value for `repeats`, or pass a static value to `total_repeat_length`.",
    );
  }
  const scalarRepeats =
    typeof repeats === "number" || (repeats instanceof ArrayValue && repeats.aval.ndim === 0);
  if (!scalarRepeats || arr.aval.ndim === 0) throw notSupported("jnp.repeat with an array of repeats");
  const r = pyIndex(repeats);
  const shape = arr.aval.shape;
  ax = canonicalizeAxis(ax, shape.length);
  const auxShape = [...shape];
  auxShape.splice(ax + 1, 0, r);
  const expanded = broadcastInDim(
    arr,
    auxShape,
    range(auxShape.length).filter((i) => i !== ax + 1),
  );
  const resultShape = [...shape];
  resultShape[ax] *= r;
  return reshape(expanded, resultShape);
}

// ---- flip, rot90 ----

/** JAX's `@jit`-ed `_flip`, static in `axis` (None, an int or a tuple, kept as given for the cache). */
const flipJit = jitted("_flip", ([m], [axis]) => {
  const nd = m.aval.ndim;
  if (axis === null) return [rev(m, range(nd))];
  return [
    rev(
      m,
      ensureIndexTuple(axis as Plain).map((a) => canonicalizeAxis(a, nd)),
    ),
  ];
});

export const flip = (m: Value, axis: Plain): Value => flipJit([m], [axis])[0];

const rot90Jit = jitted("rot90", ([m], [kIn, axes]) => {
  const nd = m.aval.ndim;
  if (nd < 2) {
    throw valueError(
      "rot90 requires its first argument to have ndim at least two, but got first argument of shape " +
        `${tupleOf(m.aval.shape)}, which has ndim ${nd}`,
    );
  }
  const [a1, a2] = (axes as number[]).map((a) => canonicalizeAxis(a, nd));
  if (a1 === a2) throw valueError("Axes must be different");
  const k = (((kIn as number) % 4) + 4) % 4;
  if (k === 0) return [m];
  if (k === 2) return [flip(flip(m, a1), a2)];
  const perm = range(nd);
  [perm[a1], perm[a2]] = [perm[a2], perm[a1]];
  return [k === 1 ? laxTranspose(flip(m, a2), perm) : flip(laxTranspose(m, perm), a2)];
});

export function rot90(m: Value, k: Plain, axes: Plain): Value {
  const ax = ensureIndexTuple(axes);
  if (ax.length !== 2) throw valueError(`too many values to unpack (expected 2)`);
  return rot90Jit([m], [pyIndex(k), ax])[0];
}

// ---- roll ----

/** JAX's `@jit`-ed `_roll_static` (shift and axis static): each axis is two slices put back in turn. */
const rollStaticJit = jitted("_roll_static", ([a], [shiftsIn, axesIn]) => {
  const shifts = shiftsIn as number[];
  const axes = axesIn as number[];
  // zip(*np.broadcast_arrays(axis, shift)): lengths must match or be 1.
  const n = Math.max(shifts.length, axes.length);
  if ((shifts.length !== n && shifts.length !== 1) || (axes.length !== n && axes.length !== 1)) {
    throw valueError(
      "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape " +
        `(${axes.length},) and arg 1 with shape (${shifts.length},).`,
    );
  }
  const pick = (xs: number[], i: number): number => (xs.length === 1 ? xs[0] : xs[i]);
  let x = a;
  for (let k = 0; k < n; k++) {
    const ax = pick(axes, k);
    const len = x.aval.shape[ax];
    if (len === 0) continue;
    const i = ((-pick(shifts, k) % len) + len) % len;
    x = laxConcatenate([sliceInDim(x, i, len, 1, ax), sliceInDim(x, 0, i, 1, ax)], ax);
  }
  return [x];
});

export function roll(a: Value, shift: Plain, axis: Plain): Value {
  if (axis === null) return reshape(roll(ravel(a), shift, 0), [...a.aval.shape]);
  const axes = ensureIndexTuple(axis).map((ax) => canonicalizeAxis(ax, a.aval.ndim));
  const shiftItems = Array.isArray(shift) ? (shift as readonly Plain[]) : [shift];
  if (shiftItems.some((s) => s instanceof Tracer || (s instanceof ArrayValue && s.aval.ndim !== 0))) {
    throw notSupported("jnp.roll with a traced or array shift");
  }
  return rollStaticJit([a], [ensureIndexTuple(shift), axes])[0];
}

// ---- pad ----

/** `_broadcast_to_pairs`: an int, a pair, or one pair per axis (numpy ints in the params). */
function padPairs(padWidth: Plain, nd: number): Array<[number, number]> {
  const nested = (v: Plain): Plain[] => (Array.isArray(v) ? [...(v as readonly Plain[])] : [v]);
  const rows = Array.isArray(padWidth) ? nested(padWidth) : null;
  const asInt = (v: Plain): number => {
    if (v instanceof Tracer) throw concretizationError(v, "pad_width argument of jnp.pad");
    if (Array.isArray(v)) throw typeError("`pad_width` entries must be the same shape");
    if (typeof v === "number" && !Number.isInteger(v))
      throw typeError("`pad_width` must be of integral type.");
    return pyIndex(v);
  };
  if (rows === null) {
    const v = asInt(padWidth);
    return range(nd).map(() => [v, v]);
  }
  if (rows.every((r) => Array.isArray(r))) {
    const pairs = rows.map((r) => nested(r).map(asInt));
    if (pairs.length === nd && pairs.every((p) => p.length === 2)) return pairs.map(([lo, hi]) => [lo, hi]);
    if (pairs.length === 1 && pairs[0].length === 2) return range(nd).map(() => [pairs[0][0], pairs[0][1]]);
    const shape = `(${pairs.length}, ${pairs[0]?.length ?? 0})`;
    throw valueError(
      `jnp.pad: pad_width with nd=${nd} has unsupported shape ${shape}. Valid shapes are (${nd}, 2), (1, 2), (2,), (1,), or ().`,
    );
  }
  const flat = rows.map(asInt);
  if (flat.length === 2) return range(nd).map(() => [flat[0], flat[1]]);
  if (flat.length === 1) return range(nd).map(() => [flat[0], flat[0]]);
  throw valueError(
    `jnp.pad: pad_width with nd=${nd} has unsupported shape (${flat.length},). Valid shapes are (${nd}, 2), (1, 2), (2,), (1,), or ().`,
  );
}

/** JAX's `@jit`-ed `_pad` for mode="constant"; the array and the constant values are its arguments. */
const padJit = jitted("_pad", ([arrayIn, constantValues], [pairsIn]) => {
  const arr = arrayIn;
  const nd = arr.aval.ndim;
  if (nd === 0) return [arr];
  const pairs = pairsIn as Array<[number, number]>;
  if (pairs.some(([lo, hi]) => lo < 0 || hi < 0)) throw valueError("index can't contain negative values");
  const value = lax.convertElementType(constantValues, arr.aval.dtype, arr.aval.weakType);
  if (value.aval.ndim !== 0) throw notSupported("jnp.pad with non-scalar constant_values");
  const config: PadConfigEntry[] = pairs.map(([lo, hi]) => markNumpyInts([lo, hi, 0], [true, true, false]));
  return [laxPad(arr, value, config)];
});

const PAD_MODES = [
  "empty",
  "edge",
  "wrap",
  "constant",
  "linear_ramp",
  "maximum",
  "mean",
  "median",
  "minimum",
  "reflect",
  "symmetric",
];

export function pad(arr: Value, padWidth: Plain, mode: Plain, constantValues: Value): Value {
  const pairs = padPairs(padWidth, arr.aval.ndim);
  if (typeof mode !== "string" || !PAD_MODES.includes(mode)) {
    throw new EngineError("NotImplementedError", `Unimplemented padding mode '${String(mode)}' for np.pad.`);
  }
  if (mode !== "constant") throw notSupported(`jnp.pad with mode='${mode}'`);
  return padJit([arr, constantValues], [pairs])[0];
}

// ---- sort, argsort ----

const sortJit = jitted("sort", ([a], [axis, stable, descending]) => {
  let arr = a;
  let ax = axis as number | null;
  if (ax === null) {
    arr = ravel(arr);
    ax = 0;
  }
  const dimension = canonicalizeAxis(ax, arr.aval.ndim);
  const [result] = laxSort([arr], dimension, stable as boolean);
  return [descending ? rev(result, [dimension]) : result];
});

const argsortJit = jitted("argsort", ([a], [axis, stable, descending, dtype]) => {
  let arr = a;
  let ax = axis as number | null;
  if (ax === null) {
    arr = ravel(arr);
    ax = 0;
  }
  const dimension = canonicalizeAxis(ax, arr.aval.ndim);
  let idx = broadcastedIota((dtype as DType | null) ?? DEFAULT_INT, arr.aval.shape, dimension);
  if (descending && stable) {
    arr = rev(arr, [dimension]);
    idx = rev(idx, [dimension]);
  }
  const [, indices] = laxSort([arr, idx], dimension, stable as boolean, 1);
  return [descending ? rev(indices, [dimension]) : indices];
});

function sortArgs(name: string, kind: Plain, order: Plain): void {
  if (kind !== null) {
    throw typeError(
      `'kind' argument to ${name} is not supported. Use stable=True or stable=False to specify sort stability.`,
    );
  }
  if (order !== null) throw typeError(`'order' argument to ${name} is not supported.`);
}

export function sort(
  a: Value,
  axis: Plain,
  kind: Plain,
  order: Plain,
  stable: boolean,
  descending: boolean,
): Value {
  sortArgs("sort", kind, order);
  return sortJit([a], [axis === null ? null : pyIndex(axis), stable, descending])[0];
}

export function argsort(
  a: Value,
  axis: Plain,
  kind: Plain,
  order: Plain,
  stable: boolean,
  descending: boolean,
  dtypeName: string | null,
): Value {
  sortArgs("argsort", kind, order);
  const dtype = optionalUserDType(dtypeName);
  return argsortJit([a], [axis === null ? null : pyIndex(axis), stable, descending, dtype])[0];
}

// ---- split ----

function splitImpl(op: string, ary: Value, indicesOrSections: Plain, axisIn: Plain): Value[] {
  if (axisIn instanceof Tracer) throw concretizationError(axisIn, `in jax.numpy.${op} argument \`axis\``);
  const axis = pyIndex(axisIn);
  const size = ary.aval.shape[canonicalizeAxis(axis, ary.aval.ndim)];
  let sizes: number[];
  const isSequence =
    Array.isArray(indicesOrSections) ||
    (indicesOrSections instanceof ArrayValue && indicesOrSections.aval.ndim > 0);
  if (isSequence) {
    const points = Array.isArray(indicesOrSections)
      ? (indicesOrSections as readonly Plain[]).map((p) => {
          if (p instanceof Tracer) throw concretizationError(p, `in jax.numpy.${op} argument 1`);
          return pyIndex(p);
        })
      : Array.from((indicesOrSections as ArrayValue).data as ArrayLike<number>);
    const bounds = [0, ...points, size];
    sizes = bounds.slice(1).map((b, i) => b - bounds[i]);
  } else {
    if (indicesOrSections instanceof Tracer) {
      throw concretizationError(indicesOrSections, `in jax.numpy.${op} argument 1`);
    }
    const sections = pyIndex(indicesOrSections);
    if (sections === 0) throw new EngineError("ZeroDivisionError", "integer division or modulo by zero");
    const part = Math.floor(size / sections);
    const r = size - part * sections;
    if (r === 0) sizes = new Array<number>(sections).fill(part);
    else if (op === "array_split")
      sizes = [...new Array<number>(r).fill(part + 1), ...new Array<number>(sections - r).fill(part)];
    else throw valueError(`array split does not result in an equal division: rest is ${r}`);
  }
  return laxSplit(ary, markNumpyInts([...sizes]), axis);
}

// ---- shape queries ----

export const shapeOf = (a: Value): number[] => [...a.aval.shape];

// ---- Python exports ----

const A = "array" as const;
const AS = "arrays" as const;

exportJnp("reshape", "a, shape, order='C', *, copy=None, out_sharding=None", { a: A }, ((
  a: Value,
  shape: Plain,
  order: string,
  _copy: unknown,
  sharding: unknown,
) => {
  if (sharding !== null) throw notSupported("the out_sharding argument of jnp.reshape");
  return reshape(a, shape, order);
}) as never);
exportJnp("ravel", "a, order='C', *, out_sharding=None", { a: A }, ((a: Value, order: string) =>
  ravel(a, order)) as never);
exportJnp("transpose", "a, axes=None", { a: A }, transpose as never);
exportJnp("permute_dims", "a, /, axes", { a: A }, transpose as never);
exportJnp("matrix_transpose", "x, /", { x: A }, ((x: Value) => {
  if (x.aval.ndim < 2) {
    throw valueError(`x must be at least two-dimensional for matrix_transpose; got ndim=${x.aval.ndim}`);
  }
  return swapaxes(x, -1, -2);
}) as never);
exportJnp("swapaxes", "a, axis1, axis2", { a: A }, swapaxes as never);
exportJnp("moveaxis", "a, source, destination", { a: A }, moveaxis as never);
exportJnp("squeeze", "a, axis=None", { a: A }, squeeze as never);
exportJnp("expand_dims", "a, axis", { a: A }, expandDims as never);
exportJnp("concatenate", "arrays, axis=0, dtype=None", { arrays: AS, dtype: "dtype" }, concatenate as never);
exportJnp("concat", "arrays, /, *, axis=0", { arrays: AS }, ((arrays: Value[], axis: Plain) =>
  concatenate(arrays, axis)) as never);
exportJnp("stack", "arrays, axis=0, out=None, dtype=None", { arrays: AS, dtype: "dtype" }, stack as never);
exportJnp("vstack", "tup, dtype=None", { tup: AS, dtype: "dtype" }, vstack as never);
exportJnp("hstack", "tup, dtype=None", { tup: AS, dtype: "dtype" }, hstack as never);
exportJnp("dstack", "tup, dtype=None", { tup: AS, dtype: "dtype" }, dstack as never);
exportJnp("column_stack", "tup", { tup: AS }, columnStack as never);
exportJnp("atleast_1d", "*arys", { arys: AS }, atleast("atleast_1d", atleast1d) as never);
exportJnp("atleast_2d", "*arys", { arys: AS }, atleast("atleast_2d", atleast2d) as never);
exportJnp("atleast_3d", "*arys", { arys: AS }, atleast("atleast_3d", atleast3d) as never);
exportJnp("broadcast_to", "array, shape, *, out_sharding=None", { array: A }, jnpBroadcastTo as never);
exportJnp("broadcast_arrays", "*args", { args: AS }, broadcastArrays as never);
exportJnp("broadcast_shapes", "*shapes", {}, jnpBroadcastShapes as never);
exportJnp("tile", "A, reps", { A }, tile as never);
exportJnp(
  "repeat",
  "a, repeats, axis=None, *, total_repeat_length=None, out_sharding=None",
  { a: "arraylike" },
  repeat as never,
);
exportJnp("flip", "m, axis=None", { m: A }, flip as never);
exportJnp("fliplr", "m", { m: A }, ((m: Value) => flipJit([m], [1])[0]) as never);
exportJnp("flipud", "m", { m: A }, ((m: Value) => flipJit([m], [0])[0]) as never);
// The generated signature cannot hold a tuple default: None stands for axes=(0, 1).
exportJnp("roll", "a, shift, axis=None", { a: A }, roll as never);
exportJnp("rot90", "m, k=1, axes=None", { m: A }, ((m: Value, k: Plain, axes: Plain) =>
  rot90(m, k, axes ?? [0, 1])) as never);
exportJnp(
  "pad",
  "array, pad_width, mode='constant', *, constant_values=0",
  { array: A, constant_values: A },
  pad as never,
);
exportJnp(
  "sort",
  "a, axis=-1, *, kind=None, order=None, stable=True, descending=False",
  { a: A },
  sort as never,
);
exportJnp(
  "argsort",
  "a, axis=-1, *, kind=None, order=None, stable=True, descending=False, dtype=None",
  { a: A, dtype: "dtype" },
  argsort as never,
);
exportJnp("split", "ary, indices_or_sections, axis=0", { ary: A }, ((a: Value, ios: Plain, axis: Plain) =>
  splitImpl("split", a, ios, axis)) as never);
exportJnp("array_split", "ary, indices_or_sections, axis=0", { ary: A }, ((
  a: Value,
  ios: Plain,
  axis: Plain,
) => splitImpl("array_split", a, ios, axis)) as never);
exportJnp("dsplit", "ary, indices_or_sections", { ary: A }, ((a: Value, ios: Plain) =>
  splitImpl("dsplit", a, ios, 2)) as never);
exportJnp("unstack", "x, /, *, axis=0", { x: A }, ((x: Value, axis: Plain) =>
  laxUnstack(x, pyIndex(axis))) as never);
exportJnp("append", "arr, values, axis=None", { arr: A, values: A }, append as never);
exportJnp("vsplit", "ary, indices_or_sections", { ary: A }, ((a: Value, ios: Plain) =>
  splitImpl("vsplit", a, ios, 0)) as never);
exportJnp("hsplit", "ary, indices_or_sections", { ary: A }, ((a: Value, ios: Plain) =>
  splitImpl("hsplit", a, ios, a.aval.ndim === 1 ? 0 : 1)) as never);
exportJnp("shape", "a", { a: A }, shapeOf as never);
exportJnp("ndim", "a", { a: A }, ((a: Value) => a.aval.ndim) as never);
exportJnp("size", "a, axis=None", { a: A }, ((a: Value, axis: Plain) =>
  axis === null ? a.aval.size : a.aval.shape[canonicalizeAxis(pyIndex(axis), a.aval.ndim)]) as never);
