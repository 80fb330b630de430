// Shape primitives (jax/_src/lax/lax.py): reshape, transpose, squeeze, concatenate, stack, split, tile, rev,
// pad, sort. Each keeps JAX's shape/dtype rule and its messages; the kernels are in runtime/cpu.
import { ShapedArray, type Shape, shapeSize, shapeStr, shapesEqual } from "../../core/aval.ts";
import { typeError, valueError } from "../../core/errors.ts";
import { type BatchResult, definePrimitive, type Primitive } from "../../core/primitive.ts";
import { markNumpyInts, PyList, type PyPlain, pyRepr, PyVerbatim } from "../../core/pyrepr.ts";
import { bind, bind1 } from "../../core/trace.ts";
import { ArrayValue, type Value } from "../../core/values.ts";
import type { Params } from "../../ir/jaxpr.ts";
import { broadcast, broadcastInDim } from "../shapes.ts";
import { batchSize, concatDims, insertDim, moveaxis, npAdd } from "./batch-rules.ts";
import { selectNP } from "./elementwise.ts";
import {
  concatenateCpu,
  padCpu,
  relabel,
  revCpu,
  splitCpu,
  tileCpu,
  transposeCpu,
} from "../../runtime/cpu/shape.ts";
import { sortCpu } from "../../runtime/cpu/sort.ts";
import { allWeak, checkSameDTypes } from "./dtype-rules.ts";
import { subP } from "./elementwise.ts";
import { GatherDimensionNumbers, GatherScatterMode, gatherP, sliceP } from "./indexing.ts";
import { broadcastedIota } from "./creation.ts";
import { UndefinedPrimal, Zero } from "../../core/tangents.ts";
import {
  allZero,
  argsort,
  reduceSum,
  instantiate,
  linearJvp,
  linearTranspose,
  reshapeLax,
  transposeLax,
} from "../../transforms/ad/rules.ts";

/** A numpy integer inside a param: prints as `np.int64(2)` (numpy >= 2) and still holds its value. */
export class NumpyInt extends PyVerbatim {
  readonly value: number;
  constructor(value: number, dtype = "int64") {
    super(`np.${dtype}(${value})`);
    this.value = value;
  }
}

const tupleStr = (xs: readonly PyPlain[]): string => pyRepr(xs);

// ---- reshape ----

export interface ReshapeParams extends Params {
  readonly new_sizes: readonly number[];
  readonly dimensions: readonly number[] | null;
  readonly sharding: null;
}

export const reshapeP: Primitive<ReshapeParams> = definePrimitive<ReshapeParams>({
  name: "reshape",
  abstractEval: ([x], p) => {
    if (!p.new_sizes.every((d) => d >= 0)) {
      throw typeError(`reshape new_sizes must all be positive, got ${tupleStr(p.new_sizes)}.`);
    }
    if (p.dimensions !== null) {
      const dims = new Set(p.dimensions);
      if (
        dims.size !== x.ndim ||
        !x.shape.every((_, i) => dims.has(i)) ||
        p.dimensions.length !== dims.size
      ) {
        throw typeError(
          "reshape dimensions must be a permutation of operand dimensions, " +
            `got dimensions ${tupleStr(p.dimensions)} for shape ${shapeStr(x.shape)}.`,
        );
      }
    }
    return [x.withShape(p.new_sizes)];
  },
  cpu: ([x], p, [out]) => {
    if (shapeSize(p.new_sizes) !== x.aval.size) {
      // JAX only notices when XLA verifies the program.
      throw valueError("Cannot lower jaxpr with verifier errors:");
    }
    const src =
      p.dimensions === null
        ? x
        : transposeCpu(x, p.dimensions, x.aval.withShape(p.dimensions.map((d) => x.shape[d])));
    return [relabel(src, out)];
  },
  // `_reshape_batch_rule`.
  batch: ([x], [bdim], p): BatchResult => {
    const operand = moveaxis(x, bdim as number, 0);
    const dims = p.dimensions === null ? null : concatDims([0], npAdd(1, p.dimensions));
    return [[reshape(operand, [operand.aval.shape[0], ...p.new_sizes], dims)], [0]];
  },
  jvp: linearJvp(() => reshapeP),
  // `_reshape_transpose_rule`
  transpose: linearTranspose((ct, [x], p) => {
    if (p.dimensions === null) return [reshapeLax(ct, x.aval.shape)];
    const sizes = p.dimensions.map((d) => x.aval.shape[d]);
    return [transposeLax(reshapeLax(ct, sizes), argsort(p.dimensions))];
  }),
});

// ---- transpose ----

export interface TransposeParams extends Params {
  readonly permutation: readonly number[];
}

export const transposeP: Primitive<TransposeParams> = definePrimitive<TransposeParams>({
  name: "transpose",
  abstractEval: ([x], p) => {
    const sorted = [...p.permutation].sort((a, b) => a - b);
    if (sorted.length !== x.ndim || !sorted.every((d, i) => d === i)) {
      throw typeError(
        "transpose permutation isn't a permutation of operand dimensions, " +
          `got permutation ${tupleStr(p.permutation)} for operand shape ${shapeStr(x.shape)}.`,
      );
    }
    return [x.withShape(p.permutation.map((d) => x.shape[d]))];
  },
  cpu: ([x], p, [out]) => [transposeCpu(x, p.permutation, out)],
  // `_transpose_batch_rule`.
  batch: ([x], [bdim], p): BatchResult => {
    const b = bdim as number;
    return [[transpose(x, [b, ...p.permutation.map((i) => (i < b ? i : i + 1))])], [0]];
  },
  jvp: linearJvp(() => transposeP),
  transpose: linearTranspose((ct, _args, p) => [transposeLax(ct, argsort(p.permutation))]),
});

// ---- squeeze ----

export interface SqueezeParams extends Params {
  readonly dimensions: readonly number[];
}

export function squeezedShape(shape: Shape, dimensions: readonly number[]): number[] {
  const dims = new Set(dimensions);
  if (dims.size !== dimensions.length) throw valueError(`dimensions are not unique: ${tupleStr(dimensions)}`);
  if (!dimensions.every((d) => d >= 0 && d < shape.length)) {
    throw valueError(`dimensions outside range [0, ndim): ${tupleStr(dimensions)}`);
  }
  if (dimensions.some((d) => shape[d] !== 1)) {
    throw valueError(
      "cannot select an axis to squeeze out which has size not equal to one, " +
        `got shape=${shapeStr(shape)} and dimensions=${tupleStr(dimensions)}`,
    );
  }
  return shape.filter((_, i) => !dims.has(i));
}

export const squeezeP: Primitive<SqueezeParams> = definePrimitive<SqueezeParams>({
  name: "squeeze",
  abstractEval: ([x], p) => [x.withShape(squeezedShape(x.shape, p.dimensions))],
  cpu: ([x], _p, [out]) => [relabel(x, out)],
  // `_squeeze_batch_rule`.
  batch: ([x], [bdim], p): BatchResult => [
    [squeeze(moveaxis(x, bdim as number, 0), npAdd(1, p.dimensions))],
    [0],
  ],
  jvp: linearJvp(() => squeezeP),
  transpose: linearTranspose((ct, _args, p) => [expandDims(ct, p.dimensions)]),
});

// ---- concatenate ----

export interface ConcatenateParams extends Params {
  readonly dimension: number;
}

export const concatenateP: Primitive<ConcatenateParams> = definePrimitive<ConcatenateParams>({
  name: "concatenate",
  abstractEval: (avals, p) => {
    const d = p.dimension;
    if (avals.length === 0) throw typeError("concatenate expects at least one operand, got 0.");
    const shapes = avals.map((a) => shapeStr(a.shape)).join(", ");
    if (new Set(avals.map((a) => a.ndim)).size !== 1) {
      throw typeError(`Cannot concatenate arrays with different numbers of dimensions: got ${shapes}.`);
    }
    if (!(d >= 0 && d < avals[0].ndim)) {
      throw typeError(`concatenate dimension out of bounds: dimension ${d} for shapes ${shapes}.`);
    }
    const rest = (s: Shape) => [...s.slice(0, d), ...s.slice(d + 1)].join(",");
    if (avals.some((a) => rest(a.shape) !== rest(avals[0].shape))) {
      throw typeError(
        "Cannot concatenate arrays with shapes that differ in dimensions other than the one being " +
          `concatenated: concatenating along dimension ${d} for shapes ${shapes}.`,
      );
    }
    checkSameDTypes("concatenate", avals);
    const shape = [...avals[0].shape];
    shape[d] = avals.reduce((n, a) => n + a.shape[d], 0);
    return [new ShapedArray(shape, avals[0].dtype, allWeak(avals))];
  },
  cpu: (xs, p, [out]) => [concatenateCpu(xs, p.dimension, out)],
  // `_concatenate_batch_rule`: unbatched operands are broadcast along a new leading axis.
  batch: (xs, dims, p): BatchResult => {
    const size = batchSize(xs, dims);
    const operands = xs.map((x, i) => {
      const d = dims[i];
      return d === null ? broadcast(x, [size]) : moveaxis(x, d, 0);
    });
    return [[concatenate(operands, p.dimension + 1)], [0]];
  },
  jvp: linearJvp(() => concatenateP),
  // `_concatenate_transpose_rule`: the cotangent split back into the operands' pieces.
  transpose: ([ct], args, p) => {
    if (ct instanceof Zero) return args.map((x) => (x instanceof UndefinedPrimal ? new Zero(x.aval) : null));
    const sizes = args.map((x) => x.aval.shape[p.dimension]);
    return bind(splitP, [ct], { sizes, axis: p.dimension });
  },
});

// ---- stack (a primitive since JAX 0.10.1) ----

export interface StackParams extends Params {
  readonly axis: number;
}

export const stackP: Primitive<StackParams> = definePrimitive<StackParams>({
  name: "stack",
  abstractEval: (avals, p) => {
    if (avals.length === 0) throw valueError("stack expects at least one operand, got 0.");
    const shapes = avals.map((a) => shapeStr(a.shape)).join(", ");
    if (new Set(avals.map((a) => a.ndim)).size !== 1) {
      throw valueError(`Cannot stack arrays with different numbers of dimensions: got ${shapes}.`);
    }
    if (new Set(avals.map((a) => a.shape.join(","))).size !== 1) {
      throw valueError(`All input arrays must have the same shape. Got ${shapes}.`);
    }
    checkSameDTypes("stack", avals);
    const shape = [...avals[0].shape];
    shape.splice(p.axis, 0, avals.length);
    return [new ShapedArray(shape, avals[0].dtype, allWeak(avals))];
  },
  cpu: (xs, p, [out]) => {
    // Stacking is concatenating operands that have a size-1 axis at `axis`.
    const withAxis = xs.map((x) => {
      const s = [...x.shape];
      s.splice(p.axis, 0, 1);
      return relabel(x, x.aval.withShape(s));
    });
    return [concatenateCpu(withAxis, p.axis, out)];
  },
  // `_stack_batch_rule`.
  batch: (xs, dims, p): BatchResult => {
    const bdim = dims[0];
    if (bdim !== null && dims.every((b) => b === bdim)) {
      const [axis, outBdim] = p.axis <= bdim ? [p.axis, bdim + 1] : [p.axis + 1, bdim];
      return [bind(stackP, xs, { axis }), [outBdim]];
    }
    const size = batchSize(xs, dims);
    const operands = xs.map((x, i) => {
      const d = dims[i];
      return d === null ? broadcast(x, [size]) : moveaxis(x, d, 0);
    });
    return [bind(stackP, operands, { axis: p.axis + 1 }), [0]];
  },
  jvp: linearJvp(() => stackP),
  // `_stack_transpose_rule`
  transpose: ([ct], args, p) => {
    if (ct instanceof Zero) return args.map((x) => (x instanceof UndefinedPrimal ? new Zero(x.aval) : null));
    return bind(unstackP, [ct], { axis: p.axis });
  },
});

// ---- split ----

export interface SplitParams extends Params {
  readonly sizes: readonly number[];
  readonly axis: number;
}

export const splitP: Primitive<SplitParams> = definePrimitive<SplitParams>({
  name: "split",
  abstractEval: ([x], p) => {
    const sizes = p.sizes;
    if (sizes.some((s) => s < 0)) {
      throw valueError(`Sizes passed to split must be nonnegative, got ${pyRepr(new PyList(sizes))}`);
    }
    const total = sizes.reduce((a, b) => a + b, 0);
    if (x.shape[p.axis] !== total) {
      throw valueError(
        `Sum of sizes ${total} must be equal to dimension ${p.axis} of the operand shape ${pyRepr(new PyList([...x.shape]))}`,
      );
    }
    return sizes.map((s) => {
      const shape = [...x.shape];
      shape[p.axis] = s;
      return x.withShape(shape);
    });
  },
  cpu: ([x], p, outs) => splitCpu(x, p.axis, outs),
  // `_split_batch_rule`.
  batch: ([x], [bdim], p): BatchResult => {
    const b = bdim as number;
    const outs = split(x, p.sizes, p.axis >= b ? p.axis + 1 : p.axis);
    return [outs, outs.map(() => b)];
  },
  jvp: linearJvp(() => splitP),
  // `_split_transpose_rule`
  transpose: (cts, [x], p) => {
    if (allZero(cts)) return [new Zero(x.aval)];
    const parts = cts.map(instantiate);
    return [parts.length === 1 ? parts[0] : bind1(concatenateP, parts, { dimension: p.axis })];
  },
});

// ---- unstack ----

export interface UnstackParams extends Params {
  readonly axis: number;
}

export const unstackP: Primitive<UnstackParams> = definePrimitive<UnstackParams>({
  name: "unstack",
  abstractEval: ([x], p) => {
    if (x.ndim === 0) {
      throw valueError(
        `unstack requires arrays with rank > 0, however a scalar array of shape ${shapeStr(x.shape)} was passed.`,
      );
    }
    const shape = x.shape.filter((_, i) => i !== p.axis);
    return Array.from({ length: x.shape[p.axis] }, () => x.withShape(shape));
  },
  cpu: ([x], p, outs) => {
    const piece = x.aval.withShape(x.shape.map((d, i) => (i === p.axis ? 1 : d)));
    const pieces = splitCpu(
      x,
      p.axis,
      outs.map(() => piece),
    );
    return pieces.map((piece, i) => relabel(piece, outs[i]));
  },
  // `_unstack_batch_rule`.
  batch: ([x], [bdim], p): BatchResult => {
    const b = bdim as number;
    const [axis, outBdim] = p.axis < b ? [p.axis, b - 1] : [p.axis + 1, b];
    const outs = bind(unstackP, [x], { axis });
    return [outs, outs.map(() => outBdim)];
  },
  jvp: linearJvp(() => unstackP),
  // `_unstack_transpose_rule`
  transpose: (cts, [x], p) => {
    if (allZero(cts)) return [new Zero(x.aval)];
    return [bind1(stackP, cts.map(instantiate), { axis: p.axis })];
  },
});

// ---- tile ----

export interface TileParams extends Params {
  readonly reps: readonly number[];
}

export const tileP: Primitive<TileParams> = definePrimitive<TileParams>({
  name: "tile",
  abstractEval: ([x], p) => {
    if (x.ndim !== p.reps.length) {
      throw typeError(
        `reps length must be equal to the ndim of x, got len(reps)=${p.reps.length} and x.ndim=${x.ndim}.`,
      );
    }
    return [x.withShape(x.shape.map((d, i) => d * p.reps[i]))];
  },
  cpu: ([x], _p, [out]) => [tileCpu(x, out)],
  // `_tile_batch_rule`.
  batch: ([x], [bdim], p): BatchResult => [[tile(x, insertDim(p.reps, bdim as number, 1))], [bdim]],
  jvp: linearJvp(() => tileP),
  // `_tile_transpose_rule`: each repetition becomes its own axis, then those axes are summed.
  transpose: linearTranspose((ct, [x], p) => {
    if (!(x instanceof UndefinedPrimal)) return [null];
    const split = x.aval.shape.flatMap((d, i) => [p.reps[i], d]);
    const reshaped = reshapeLax(ct, split);
    return [
      reduceSum(
        reshaped,
        x.aval.shape.map((_d, i) => 2 * i),
      ),
    ];
  }),
});

// ---- rev ----

export interface RevParams extends Params {
  readonly dimensions: readonly number[];
}

export const revP: Primitive<RevParams> = definePrimitive<RevParams>({
  name: "rev",
  abstractEval: ([x], p) => {
    if (new Set(p.dimensions).size !== p.dimensions.length) {
      throw typeError(`rev dimensions must be unique, got ${tupleStr(p.dimensions)}.`);
    }
    if (p.dimensions.length && !(Math.max(...p.dimensions) < x.ndim)) {
      throw typeError(
        `rev dimensions must all be less than operand ndim, got dimensions ${tupleStr(p.dimensions)} for operand ndim ${x.ndim}.`,
      );
    }
    return [x];
  },
  cpu: ([x], p, [out]) => [revCpu(x, p.dimensions, out)],
  // `_rev_batch_rule`.
  batch: ([x], [bdim], p): BatchResult => {
    const b = bdim as number;
    return [
      [
        rev(
          x,
          p.dimensions.map((i) => (i >= b ? i + 1 : i)),
        ),
      ],
      [b],
    ];
  },
  jvp: linearJvp(() => revP),
  transpose: linearTranspose((ct, _args, p) => [bind1(revP, [ct], { dimensions: p.dimensions })]),
});

// ---- pad ----

export type PadConfigEntry = readonly [number, number, number];

export interface PadParams extends Params {
  readonly padding_config: readonly PadConfigEntry[];
}

const padConfigValues = (p: PadParams): Array<[number, number, number]> =>
  p.padding_config.map(([lo, hi, interior]) => [lo, hi, interior]);

export const padP: Primitive<PadParams> = definePrimitive<PadParams>({
  name: "pad",
  abstractEval: ([x, padValue], p) => {
    const config = padConfigValues(p);
    if (padValue.ndim !== 0) {
      throw valueError(
        `padding_value must be a scalar; got np.shape(padding_value)=${shapeStr(padValue.shape)}`,
      );
    }
    const configStr = tupleStr(p.padding_config as readonly PyPlain[]);
    if (config.length !== x.ndim) {
      throw valueError(
        "length of padding_config must equal the number of axes of operand, " +
          `got padding_config ${configStr} for operand shape ${shapeStr(x.shape)}`,
      );
    }
    if (!config.every(([, , i]) => i >= 0)) {
      throw valueError(
        `interior padding in padding_config must be nonnegative, got padding_config ${configStr}`,
      );
    }
    const shape = config.map(
      ([lo, hi, i], k) => lo + hi + (x.shape[k] === 0 ? 0 : (x.shape[k] - 1) * (i + 1) + 1),
    );
    if (!shape.every((d) => d >= 0)) {
      throw valueError(
        `Dimension size after padding is not at least 0, got result shape ${shapeStr(shape)}, ` +
          `for padding_config ${configStr} and operand shape ${shapeStr(x.shape)}`,
      );
    }
    if (x.dtype !== padValue.dtype) {
      throw typeError(
        `pad operand and padding_value must be same dtype: got ${x.dtype} and ${padValue.dtype}.`,
      );
    }
    return [new ShapedArray(shape, x.dtype, x.weakType && padValue.weakType)];
  },
  cpu: ([x, padValue], p, [out]) => [padCpu(x, padValue, padConfigValues(p), out)],
  // `_pad_batch_rule`: a batched padding value is selected into the padding through a mask.
  batch: ([x, padValue], [xBdim, padBdim], p): BatchResult => {
    const operand = xBdim === null ? broadcast(x, [padValue.aval.shape[padBdim as number]]) : x;
    const b = xBdim ?? 0;
    const config = [...p.padding_config];
    config.splice(b, 0, [0, 0, 0]);
    if (padBdim === null) return [[pad(operand, padValue, config)], [b]];
    const zero = ArrayValue.fromNumbers(operand.aval.withShape([]), [0], "numpy");
    const padded = pad(operand, zero, config);
    const inside = broadcastInDim(ArrayValue.pythonScalar("bool", 1), operand.aval.shape, []);
    const mask = pad(inside, ArrayValue.pythonScalar("bool", 0), config);
    const padding = broadcastInDim(padValue, padded.aval.shape, [b]);
    return [[bind1(selectNP, [mask, padding, padded], {})], [b]];
  },
  jvp: linearJvp(() => padP),
  // `_pad_transpose`: un-pad with negative padding, then take every (interior + 1)-th element.
  transpose: ([t], [x, padValue], p) => {
    if (t instanceof Zero) {
      return [
        x instanceof UndefinedPrimal ? new Zero(x.aval) : null,
        padValue instanceof UndefinedPrimal ? new Zero(padValue.aval) : null,
      ];
    }
    const config = padConfigValues(p);
    const total = (v: Value): Value =>
      reduceSum(
        v,
        v.aval.shape.map((_d, i) => i),
      );
    let tOperand: Value | null = null;
    if (x instanceof UndefinedPrimal) {
      const unpadConfig = config.map(([lo, hi]): PadConfigEntry =>
        markNumpyInts<PadConfigEntry>([-lo, -hi, 0]),
      );
      const zero = ArrayValue.fromNumbers(t.aval.withShape([]).strongly(), [0], "numpy");
      const unpadded = bind1(padP, [t, zero], { padding_config: unpadConfig });
      tOperand = bind1(sliceP, [unpadded], {
        start_indices: markNumpyInts(config.map(() => 0)),
        limit_indices: [...unpadded.aval.shape],
        strides: markNumpyInts(config.map(([, , i]) => i + 1)),
      });
    }
    const tPad =
      padValue instanceof UndefinedPrimal ? bind1(subP, [total(t), total(tOperand ?? t)], {}) : null;
    return [tOperand, tPad];
  },
});

// ---- sort ----

export interface SortParams extends Params {
  readonly dimension: number;
  readonly is_stable: boolean;
  readonly num_keys: number;
}

export const sortP: Primitive<SortParams> = definePrimitive<SortParams>({
  name: "sort",
  abstractEval: (avals) => {
    if (avals.some((a) => a.shape.join(",") !== avals[0].shape.join(","))) {
      throw typeError(
        `Arguments to sort must have equal shapes, got: ${avals.map((a) => shapeStr(a.shape)).join(" ")}`,
      );
    }
    return [...avals];
  },
  cpu: (xs, p) => sortCpu(xs, p.dimension, p.num_keys, p.is_stable),
  // `_sort_batch_rule`: every operand batched along the first batched operand's axis.
  batch: (xs, dims, p): BatchResult => {
    const first = dims.findIndex((d) => d !== null);
    const proto = xs[first];
    const newBdim = dims[first] as number;
    const operands = xs.map((x, i) => {
      const d = dims[i];
      if (d !== null) return moveaxis(x, d, newBdim);
      const kept = Array.from({ length: proto.aval.ndim }, (_, k) => k).filter((k) => k !== newBdim);
      return broadcastInDim(x, proto.aval.shape, kept);
    });
    const dimension = p.dimension + (newBdim <= p.dimension ? 1 : 0);
    const outs = bind(sortP, operands, { ...p, dimension });
    return [outs, outs.map(() => newBdim)];
  },
  // `_sort_jvp`: sort an iota along, then gather each tangent by the permutation it records.
  jvp: (primals, tangents, p) => {
    const shape = primals[0].aval.shape;
    const withIndex = bind(sortP, [...primals, broadcastedIota("uint32", shape, p.dimension)], p);
    const batchDims = shape.map((_d, i) => i).filter((i) => i !== p.dimension);
    const dims = new GatherDimensionNumbers(
      {
        offsetDims: [],
        collapsedSliceDims: [p.dimension],
        startIndexMap: [p.dimension],
        operandBatchingDims: batchDims,
        startIndicesBatchingDims: batchDims,
      },
      true,
    );
    const idx = expandDims(withIndex[withIndex.length - 1], [shape.length]);
    const tangentsOut = tangents.map((t) =>
      t instanceof Zero
        ? t
        : bind1(gatherP, [t, idx], {
            dimension_numbers: dims,
            fill_value: null,
            indices_are_sorted: false,
            mode: GatherScatterMode.PROMISE_IN_BOUNDS,
            slice_sizes: shape.map(() => 1),
            unique_indices: false,
          }),
    );
    return [withIndex.slice(0, -1), tangentsOut];
  },
});

// ---- the lax functions over these primitives, with lax's shortcuts ----

/** `isinstance(x, Array)` in lax: tracers and JAX arrays, not Python or numpy scalars. */
export function isJaxArray(x: Value): boolean {
  return !(x instanceof ArrayValue) || x.origin === "jax";
}

export function reshape(x: Value, newSizes: Shape, dimensions: readonly number[] | null = null): Value {
  const a = x.aval;
  const sameDims = dimensions === null || dimensions.every((d, i) => d === i);
  if (a.ndim > 0 && shapesEqual(a.shape, newSizes) && sameDims && isJaxArray(x)) return x;
  return bind1(reshapeP, [x], {
    new_sizes: [...newSizes],
    dimensions: sameDims ? null : [...dimensions],
    sharding: null,
  });
}

export function transpose(x: Value, permutation: readonly number[]): Value {
  if (permutation.length === x.aval.ndim && permutation.every((d, i) => d === i) && isJaxArray(x)) return x;
  return bind1(transposeP, [x], { permutation: [...permutation] });
}

export function squeeze(x: Value, dimensions: readonly number[]): Value {
  const dims = dimensions.map((d) => canonicalizeAxis(d, x.aval.ndim)).sort((a, b) => a - b);
  if (dims.length === 0 && isJaxArray(x)) return x;
  return bind1(squeezeP, [x], { dimensions: dims });
}

/** `lax.expand_dims`: a broadcast_in_dim that inserts size-1 axes. */
export function expandDims(x: Value, dimensions: readonly number[]): Value {
  const repeated = (ds: readonly number[]) => new Set(ds).size !== ds.length;
  // jnp passes a tuple here; after canonicalization JAX holds a list.
  if (repeated(dimensions)) throw valueError(`repeated axis in lax.expand_dims: ${pyRepr([...dimensions])}`);
  const ndimOut = x.aval.ndim + dimensions.length;
  const dims = dimensions.map((d) => canonicalizeAxis(d, ndimOut));
  if (repeated(dims)) throw valueError(`repeated axis in lax.expand_dims: ${pyRepr(new PyList(dims))}`);
  const shape = [...x.aval.shape];
  for (const d of [...dims].sort((a, b) => a - b)) shape.splice(d, 0, 1);
  const kept = Array.from({ length: ndimOut }, (_, i) => i).filter((i) => !dims.includes(i));
  return broadcastInDim(x, shape, kept);
}

export function concatenate(xs: readonly Value[], dimension: number): Value {
  if (xs.length === 0) throw valueError("concatenate requires a non-empty sequences of arrays");
  if (xs.length === 1 && isJaxArray(xs[0])) return xs[0];
  return bind1(concatenateP, xs, { dimension });
}

export function stack(xs: readonly Value[], axis = 0): Value {
  return bind1(stackP, xs, { axis: canonicalizeAxis(axis, xs[0].aval.ndim + 1) });
}

export function split(x: Value, sizes: readonly number[], axis = 0): Value[] {
  return bind(splitP, [x], { sizes, axis: canonicalizeAxis(axis, x.aval.ndim) });
}

export function unstack(x: Value, axis = 0): Value[] {
  return bind(unstackP, [x], { axis: canonicalizeAxis(axis, x.aval.ndim) });
}

export const tile = (x: Value, reps: readonly number[]): Value => bind1(tileP, [x], { reps: [...reps] });

export const rev = (x: Value, dimensions: readonly number[]): Value =>
  bind1(revP, [x], { dimensions: [...dimensions] });

export const pad = (x: Value, padValue: Value, config: readonly PadConfigEntry[]): Value =>
  bind1(padP, [x, padValue], { padding_config: config });

export function sort(xs: readonly Value[], dimension = -1, isStable = true, numKeys = 1): Value[] {
  if (xs.length === 0) throw typeError("Sort requires at least one operand");
  if (!(numKeys >= 1 && numKeys <= xs.length)) {
    throw valueError(`num_keys=${numKeys} must be between 1 and len(operand)=${xs.length}`);
  }
  const d = canonicalizeAxis(dimension, xs[0].aval.ndim);
  return bind(sortP, xs, { dimension: d, is_stable: isStable, num_keys: numKeys });
}

/** `util.canonicalize_axis`: negative axes count from the end; the error is JAX's. */
export function canonicalizeAxis(axis: number, ndim: number): number {
  if (!(axis >= -ndim && axis < ndim))
    throw valueError(`axis ${axis} is out of bounds for array of dimension ${ndim}`);
  return axis < 0 ? axis + ndim : axis;
}
