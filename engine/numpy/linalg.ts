// jnp's products and norms (jax/_src/numpy/tensor_contractions.py, linalg.py, lax_numpy.trace) and
// jax.lax's dot functions, composed from dot_general as JAX composes them.
import { ShapedArray, shapeStr } from "../core/aval.ts";
import { type DType, isComplex, isInexact } from "../core/dtypes.ts";
import { EngineError, notSupported, typeError, valueError } from "../core/errors.ts";
import { PyVerbatim } from "../core/pyrepr.ts";
import { bind1 } from "../core/trace.ts";
import { ArrayValue, type Value } from "../core/values.ts";
import { exportPy } from "../api/registry.ts";
import { exportJnp, pyIndex } from "./array-args.ts";
import * as lax from "../lax/lax.ts";
import { canonicalizeAxis, expandDims, squeeze, transpose } from "../lax/primitives/shape.ts";
import { broadcastedIota } from "../lax/primitives/creation.ts";
import {
  type DotDimensionNumbers,
  dotGeneralP,
  type PrecisionName,
  precisionPair,
} from "../lax/primitives/dot.ts";
import { jitted } from "../transforms/jit.ts";
import { promoteDTypes, promoteDTypesInexact, resultTypeOf } from "./promotion.ts";
import {
  amax,
  amin,
  isNone,
  type Plain,
  ravel,
  reductionDims,
  staticAxes,
  sum,
  userDType,
} from "./reductions.ts";
import * as ufuncs from "./ufuncs.ts";
import { fullLike, where3 } from "./where.ts";
import { einsum } from "./einsum.ts";

// ---- lax.dot_general ----

const PRECISION_STRINGS: Record<string, PrecisionName> = {
  highest: "HIGHEST",
  float32: "HIGHEST",
  high: "HIGH",
  bfloat16_3x: "HIGH",
  tensorfloat32: "HIGH",
  default: "DEFAULT",
  bfloat16: "DEFAULT",
  fastest: "DEFAULT",
};

export type Precision = readonly [PyVerbatim, PyVerbatim] | null;

/** `canonicalize_precision`: None, a string for both operands, or a pair of strings. */
export function canonicalizePrecision(p: Plain): Precision {
  if (isNone(p)) return null;
  const one = (s: Plain): PrecisionName | undefined =>
    typeof s === "string" ? PRECISION_STRINGS[s] : undefined;
  if (typeof p === "string") {
    const name = one(p);
    if (name) return precisionPair(name, name);
    throw notSupported(`the dot algorithm preset '${p}'`);
  }
  if (Array.isArray(p) && p.length === 2) {
    const [a, b] = [one(p[0]), one(p[1])];
    if (a && b) return precisionPair(a, b);
  }
  throw notSupported("this precision argument (Traceur accepts None, a precision string or a pair of them)");
}

export function dotGeneral(
  lhs: Value,
  rhs: Value,
  dn: DotDimensionNumbers,
  precision: Precision = null,
  preferred: DType | null = null,
): Value {
  return bind1(dotGeneralP, [lhs, rhs], {
    dimension_numbers: [
      [[...dn[0][0]], [...dn[0][1]]],
      [[...dn[1][0]], [...dn[1][1]]],
    ],
    precision,
    preferred_element_type: preferred,
    out_sharding: null,
  });
}

/** `lax.dot`: dimension numbers default to a plain matrix/vector product. */
function laxDot(lhs: Value, rhs: Value, dn: Plain, precision: Plain, preferred: DType | null): Value {
  let numbers: DotDimensionNumbers;
  if (isNone(dn)) {
    const [ls, rs] = [lhs.aval.shape, rhs.aval.shape];
    if (ls.length >= 1 && ls.length <= 2 && rs.length >= 1 && rs.length <= 2 && ls[ls.length - 1] === rs[0]) {
      numbers = [
        [[ls.length - 1], [0]],
        [[], []],
      ];
    } else {
      throw valueError(
        "jax.lax.dot: dimension_numbers must be specified when not performing simple un-batched matrix-matrix, " +
          `matrix-vector, or vector-vector products; got lhs_shape=${shapeStr(ls)} rhs_shape=${shapeStr(rs)}`,
      );
    }
  } else {
    numbers = dimensionNumbers(dn);
  }
  return dotGeneral(lhs, rhs, numbers, canonicalizePrecision(precision), preferred);
}

/** Python's tuple unpacking `a, b = x`, with its error. */
function unpackPair(x: Plain): [Plain, Plain] {
  if (!Array.isArray(x))
    throw typeError(`cannot unpack non-iterable ${typeof x === "number" ? "int" : "object"} object`);
  if (x.length < 2) throw valueError(`not enough values to unpack (expected 2, got ${x.length})`);
  if (x.length > 2) throw valueError("too many values to unpack (expected 2)");
  return [x[0], x[1]];
}

/** `_ensure_index_tuple`: an int or a sequence of ints. */
const indexTuple = (x: Plain): number[] =>
  Array.isArray(x) ? x.map((v: Plain) => pyIndex(v as never)) : [pyIndex(x as never)];

function dimensionNumbers(dn: Plain): DotDimensionNumbers {
  const [contracting, batch] = unpackPair(dn);
  const [lc, rc] = unpackPair(contracting);
  const [lb, rb] = unpackPair(batch);
  return [
    [indexTuple(lc), indexTuple(rc)],
    [indexTuple(lb), indexTuple(rb)],
  ];
}

// ---- jnp.dot, matmul, vdot, inner, outer, tensordot ----

/** The preferred element type and the output's weakness (`dtypes.result_type(a, b, return_weak_type_flag=True)`). */
function preferredType(values: readonly Value[], preferred: DType | null): [DType, boolean] {
  if (preferred !== null) return [preferred, false];
  const { dtype, weak } = resultTypeOf(values);
  return [dtype, weak];
}

export function dot(a: Value, b: Value, precision: Plain = null, preferredIn: DType | null = null): Value {
  const [preferred, weak] = preferredType([a, b], preferredIn);
  const [an, bn] = [a.aval.ndim, b.aval.ndim];
  let contract: [number[], number[]];
  if (an === 0 || bn === 0) contract = [[], []];
  else if (bn === 1) contract = [[an - 1], [0]];
  else contract = [[an - 1], [bn - 2]];
  const result = dotGeneral(a, b, [contract, [[], []]], canonicalizePrecision(precision), preferred);
  return lax.convertElementType(result, preferred, weak);
}

export function matmul(a: Value, b: Value, precision: Plain = null, preferredIn: DType | null = null): Value {
  [a, b].forEach((x, i) => {
    if (x.aval.ndim < 1) {
      throw valueError(`matmul input operand ${i} must have ndim at least 1, but it has ndim ${x.aval.ndim}`);
    }
  });
  const [preferred, weak] = preferredType([a, b], preferredIn);
  const aIsMat = a.aval.ndim > 1;
  const bIsMat = b.aval.ndim > 1;
  const aBatch0 = aIsMat ? a.aval.shape.slice(0, -2) : [];
  const bBatch0 = bIsMat ? b.aval.shape.slice(0, -2) : [];
  const nb = Math.max(aBatch0.length, bBatch0.length);
  const aBatch: Array<number | null> = [...new Array<null>(nb - aBatch0.length).fill(null), ...aBatch0];
  const bBatch: Array<number | null> = [...new Array<null>(nb - bBatch0.length).fill(null), ...bBatch0];
  const aSqueeze: number[] = [];
  const bSqueeze: number[] = [];
  const bothSqueeze: number[] = [];
  const aBatchDims: number[] = [];
  const bBatchDims: number[] = [];
  const idxBatch: number[] = [];
  const idxAOther: number[] = [];
  const idxBOther: number[] = [];
  for (let i = 0; i < nb; i++) {
    const [ba, bb] = [aBatch[i], bBatch[i]];
    if (ba === null) idxBOther.push(i);
    else if (bb === null) idxAOther.push(i);
    else if (ba === 1 && bb === 1) {
      aSqueeze.push(idxBatch.length + idxAOther.length + aSqueeze.length);
      bSqueeze.push(idxBatch.length + idxBOther.length + bSqueeze.length);
      bothSqueeze.push(i);
    } else if (ba === 1) {
      idxBOther.push(i);
      aSqueeze.push(idxBatch.length + idxAOther.length + aSqueeze.length);
    } else if (bb === 1) {
      idxAOther.push(i);
      bSqueeze.push(idxBatch.length + idxBOther.length + bSqueeze.length);
    } else if (ba === bb) {
      aBatchDims.push(idxBatch.length + idxAOther.length);
      bBatchDims.push(idxBatch.length + idxBOther.length);
      idxBatch.push(i);
    } else {
      throw valueError(
        `Incompatible types for matmul arguments: ${a.aval.toString()} and ${b.aval.toString()}`,
      );
    }
  }
  if (aIsMat) idxAOther.push(nb);
  if (bIsMat) idxBOther.push(nb + (aIsMat ? 1 : 0));
  const order = [...idxBatch, ...idxAOther, ...idxBOther];
  const perm = order.map((_, i) => i).sort((p, q) => order[p] - order[q]);
  const as = squeeze(a, aSqueeze);
  const bs = squeeze(b, bSqueeze);
  const out = dotGeneral(
    as,
    bs,
    [
      [[as.aval.ndim - 1], [bs.aval.ndim - 1 - (bIsMat ? 1 : 0)]],
      [aBatchDims, bBatchDims],
    ],
    canonicalizePrecision(precision),
    preferred,
  );
  let result = transpose(out, perm);
  if (bothSqueeze.length) result = expandDims(result, bothSqueeze);
  return lax.convertElementType(result, preferred, weak);
}

export function vdot(a: Value, b: Value, precision: Plain = null, preferred: DType | null = null): Value {
  if (isComplex(a.aval.dtype)) throw notSupported("complex numbers in jnp.vdot");
  return dot(ravel(a), ravel(b), precision, preferred);
}

export function tensordot(
  a: Value,
  b: Value,
  axes: Plain = 2,
  precision: Plain = null,
  preferredIn: DType | null = null,
): Value {
  const [an, bn] = [a.aval.ndim, b.aval.ndim];
  const [preferred, weak] = preferredType([a, b], preferredIn);
  let contracting: [number[], number[]];
  if (typeof axes === "number") {
    if (axes > Math.min(an, bn)) {
      throw typeError(
        `Number of tensordot axes (axes ${axes}) exceeds input ranks (${shapeStr(a.aval.shape)} and ${shapeStr(b.aval.shape)})`,
      );
    }
    contracting = [
      Array.from({ length: axes }, (_, i) => an - axes + i),
      Array.from({ length: axes }, (_, i) => i),
    ];
  } else if (Array.isArray(axes) && axes.length === 2) {
    const [ax1, ax2] = axes as Plain[];
    if (typeof ax1 === "number" && typeof ax2 === "number") {
      contracting = [[canonicalizeAxis(ax1, an)], [canonicalizeAxis(ax2, bn)]];
    } else if (Array.isArray(ax1) && Array.isArray(ax2)) {
      if (ax1.length !== ax2.length) {
        throw typeError(
          `tensordot requires axes lists to have equal length, got ${listRepr(ax1)} and ${listRepr(ax2)}.`,
        );
      }
      contracting = [
        ax1.map((i: number) => canonicalizeAxis(i, an)),
        ax2.map((i: number) => canonicalizeAxis(i, bn)),
      ];
    } else {
      throw typeError(
        `tensordot requires both axes lists to be either ints, tuples or lists, got ${axesRepr(ax1)} and ${axesRepr(ax2)}`,
      );
    }
  } else {
    throw typeError(
      "tensordot axes argument must be an int, a pair of ints, or a pair of lists/tuples of ints.",
    );
  }
  const result = dotGeneral(a, b, [contracting, [[], []]], canonicalizePrecision(precision), preferred);
  return lax.convertElementType(result, preferred, weak);
}

/** Python's repr of a list of ints, which is how the user most often writes tensordot's axes. */
const listRepr = (xs: readonly number[]): string => `[${xs.join(", ")}]`;
const axesRepr = (x: Plain): string => (Array.isArray(x) ? listRepr(x as number[]) : String(x));

export function inner(a: Value, b: Value, precision: Plain = null, preferred: DType | null = null): Value {
  if (a.aval.ndim === 0 || b.aval.ndim === 0) {
    if (preferred !== null) {
      a = lax.convertElementType(a, preferred);
      b = lax.convertElementType(b, preferred);
    }
    return ufuncs.multiply(a, b);
  }
  return tensordot(a, b, [-1, -1], precision, preferred);
}

export function outer(a: Value, b: Value): Value {
  const [pa, pb] = promoteDTypes([a, b]);
  const ra = ravel(pa);
  const rb = ravel(pb);
  return ufuncs.multiply(expandDims(ra, [1]), expandDims(rb, [0]));
}

// ---- jnp.trace ----

/** `jnp.trace`, jitted; `offset` is an argument only when the caller gave it. */
const traceJit = jitted("trace", (args, [axis1, axis2, dtype]) => {
  const [a, offsetArg] = args;
  const nd = a.aval.ndim;
  const [ax1, ax2] = [canonicalizeAxis(axis1 as number, nd), canonicalizeAxis(axis2 as number, nd)];
  if (ax1 === ax2)
    throw valueError(
      `axis1 and axis2 can not be same. axis1=${axis1 as number} and axis2=${axis2 as number}`,
    );
  const [n, m] = [a.aval.shape[ax1], a.aval.shape[ax2]];
  const moved = moveaxis(a, [ax1, ax2], [nd - 2, nd - 1]);
  const offset = offsetArg ?? ArrayValue.fromNumbers(new ShapedArray([], "int32", false), [0], "numpy");
  if (
    offset.aval.ndim !== 0 ||
    !["int8", "int16", "int32", "uint8", "uint16", "uint32"].includes(offset.aval.dtype)
  ) {
    throw valueError("k must be a scalar integer");
  }
  const i = broadcastedIota(offset.aval.dtype, [n, m], 0);
  const j = broadcastedIota(offset.aval.dtype, [n, m], 1);
  const eye = lax.convertElementType(ufuncs.equal(ufuncs.add(i, offset), j), "bool");
  const masked = where3(eye, moved, fullLike(moved, 0));
  return [sum(masked, { axis: [-2, -1], dtype: dtype as DType | null })];
});

/** jnp's `moveaxis`: a transpose (none when nothing moves). */
function moveaxis(a: Value, source: readonly number[], destination: readonly number[]): Value {
  const nd = a.aval.ndim;
  const perm = Array.from({ length: nd }, (_, i) => i).filter((i) => !source.includes(i));
  const pairs = destination.map((d, k) => [d, source[k]] as const).sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  for (const [dest, src] of pairs) perm.splice(dest, 0, src);
  return transpose(a, perm);
}

// ---- jnp.linalg.norm, vector_norm ----

type NormOrd = number | string | null;

function vectorNorm(x: Value, ord: NormOrd, axis: number[] | null, keepdims: boolean): Value {
  if (ord === null || ord === 2) {
    return ufuncs.unaryInexact.sqrt(sum(ufuncs.multiply(x, x), { axis, keepdims }));
  }
  if (ord === Infinity)
    return amax(ufuncs.absolute(x), { axis, keepdims, initial: ArrayValue.pythonScalar("int", 0) });
  if (ord === -Infinity) return amin(ufuncs.absolute(x), { axis, keepdims });
  if (ord === 0) {
    const finfo: DType = isInexact(x.aval.dtype) ? x.aval.dtype : "float32";
    return sum(ufuncs.notEqual(x, ArrayValue.pythonScalar("int", 0)), { dtype: finfo, axis, keepdims });
  }
  if (ord === 1) return sum(ufuncs.absolute(x), { axis, keepdims });
  if (typeof ord === "string") {
    let msg = `Invalid order '${ord}' for vector norm.`;
    if (ord === "inf") msg += "Use 'jax.numpy.inf' instead.";
    if (ord === "-inf") msg += "Use '-jax.numpy.inf' instead.";
    throw valueError(msg);
  }
  const absX = ufuncs.absolute(x);
  const ordArr = ArrayValue.fromNumbers(absX.aval.withShape([]).strongly(), [ord], "numpy");
  const ordInv = ArrayValue.fromNumbers(
    absX.aval.withShape([]).strongly(),
    [1 / (ordArr.data[0] as number)],
    "numpy",
  );
  const out = sum(ufuncs.power(absX, ordArr), { axis, keepdims });
  return ufuncs.power(out, ordInv);
}

const normJit = jitted("norm", ([x0], [ord, axisIn, keepdims]) => {
  const [x] = promoteDTypesInexact([x0]);
  if (isComplex(x.aval.dtype)) throw notSupported("complex numbers in jnp.linalg.norm");
  const nd = x.aval.ndim;
  const keep = keepdims as boolean;
  const o = ord as NormOrd;
  let axis: number[];
  if (axisIn === null) {
    if (o === null) return [ufuncs.unaryInexact.sqrt(sum(ufuncs.multiply(x, x), { keepdims: keep }))];
    axis = Array.from({ length: nd }, (_, i) => i);
  } else {
    axis = (typeof axisIn === "number" ? [axisIn] : (axisIn as number[])).map((a) => canonicalizeAxis(a, nd));
  }
  if (axis.length === 1) return [vectorNorm(x, o === null ? 2 : o, axis, keep)];
  if (axis.length === 2) {
    let [row, col] = axis;
    if (o === null || o === "f" || o === "fro") {
      return [ufuncs.unaryInexact.sqrt(sum(ufuncs.multiply(x, x), { axis, keepdims: keep }))];
    }
    const zero = ArrayValue.pythonScalar("int", 0);
    if (o === 1 || o === -1) {
      if (!keep && col > row) col -= 1;
      const s = sum(ufuncs.absolute(x), { axis: row, keepdims: keep });
      return [
        o === 1
          ? amax(s, { axis: col, keepdims: keep, initial: zero })
          : amin(s, { axis: col, keepdims: keep }),
      ];
    }
    if (o === Infinity || o === -Infinity) {
      if (!keep && row > col) row -= 1;
      const s = sum(ufuncs.absolute(x), { axis: col, keepdims: keep });
      return [
        o === Infinity
          ? amax(s, { axis: row, keepdims: keep, initial: zero })
          : amin(s, { axis: row, keepdims: keep }),
      ];
    }
    if (o === "nuc" || o === 2 || o === -2)
      throw notSupported(`jnp.linalg.norm with ord=${String(o)} (it needs an SVD)`);
    throw valueError(`Invalid order '${String(o)}' for matrix norm.`);
  }
  throw valueError(
    `Improper number of axes for norm: axis=${axisRepr(axisIn as number | number[])}. Pass one axis to compute a ` +
      "vector-norm, or two axes to compute a matrix-norm.",
  );
});

const axisRepr = (a: number | readonly number[]): string => (typeof a === "number" ? String(a) : shapeStr(a));

/** `ord` as Python gives it: None, a number (inf included), or a string. */
function normOrd(ord: Plain): NormOrd {
  if (isNone(ord)) return null;
  if (typeof ord === "number" || typeof ord === "string") return ord;
  if (ord instanceof ArrayValue && ord.aval.ndim === 0) return Number(ord.scalar());
  throw typeError(`Invalid norm order: ${String(ord)}`);
}

export function norm(x: Value, ord: Plain = null, axis: Plain = null, keepdims = false): Value {
  const ax = staticAxes(axis);
  const o = normOrd(ord);
  // The cache key is JSON, where infinities read as null: the order's text keeps them apart.
  return normJit([x], [o, ax, keepdims, String(o)])[0];
}

// ---- Python exports ----

const AB = { a: "array", b: "array", preferred_element_type: "dtype" } as const;
const bool = (x: Plain): boolean => Boolean(x);

exportJnp("dot", "a, b, *, precision=None, preferred_element_type=None, out_sharding=None", AB, ((
  a: Value,
  b: Value,
  precision: Plain,
  pref: string | null,
) => dot(a, b, precision, userDType(pref))) as never);
exportJnp("matmul", "a, b, *, precision=None, preferred_element_type=None, out_sharding=None", AB, ((
  a: Value,
  b: Value,
  precision: Plain,
  pref: string | null,
) => matmul(a, b, precision, userDType(pref))) as never);
exportJnp("vdot", "a, b, *, precision=None, preferred_element_type=None", AB, ((
  a: Value,
  b: Value,
  precision: Plain,
  pref: string | null,
) => vdot(a, b, precision, userDType(pref))) as never);
exportJnp("inner", "a, b, *, precision=None, preferred_element_type=None", AB, ((
  a: Value,
  b: Value,
  precision: Plain,
  pref: string | null,
) => inner(a, b, precision, userDType(pref))) as never);
exportJnp("outer", "a, b, out=None", AB, ((a: Value, b: Value, out: Plain) => {
  if (!isNone(out)) throw notSupportedOut("outer");
  return outer(a, b);
}) as never);
exportJnp(
  "tensordot",
  "a, b, axes=2, *, precision=None, preferred_element_type=None, out_sharding=None",
  AB,
  ((a: Value, b: Value, axes: Plain, precision: Plain, pref: string | null) =>
    tensordot(a, b, axes, precision, userDType(pref))) as never,
);
exportJnp(
  "einsum",
  "subscripts, /, *operands, out=None, optimize='auto', precision=None, preferred_element_type=None, " +
    "_dot_general=None, out_sharding=None",
  { operands: "arrays", preferred_element_type: "dtype" },
  ((
    subscripts: Plain,
    operands: Value[],
    out: Plain,
    optimize: Plain,
    precision: Plain,
    pref: string | null,
  ) => {
    if (!isNone(out)) throw notSupportedOut("einsum");
    return einsum(
      subscripts,
      operands,
      optimize,
      (a, b, dn, p) => dotGeneral(a, b, dn, canonicalizePrecision(precision), p),
      userDType(pref),
    );
  }) as never,
);
exportJnp(
  "trace",
  "a, offset=None, axis1=0, axis2=1, dtype=None, out=None",
  { a: "array", offset: "optarray", dtype: "dtype" },
  ((a: Value, offset: Value | null, axis1: Plain, axis2: Plain, dtype: string | null, out: Plain) => {
    if (!isNone(out)) throw notSupportedOut("trace");
    const args = offset === null || offset === undefined ? [a] : [a, offset];
    return traceJit(args, [axis1, axis2, userDType(dtype)])[0];
  }) as never,
);

exportJnp(
  "norm",
  "x, ord=None, axis=None, keepdims=False",
  { x: "array" },
  ((x: Value, ord: Plain, axis: Plain, keepdims: Plain) => norm(x, ord, axis, bool(keepdims))) as never,
  "jax.numpy.linalg",
);
exportJnp(
  "vector_norm",
  "x, /, *, axis=None, keepdims=False, ord=2",
  { x: "array" },
  ((x: Value, axis: Plain, keepdims: Plain, ord: Plain) => {
    const ax = staticAxes(axis);
    return vectorNorm(x, normOrd(ord), ax === null ? null : reductionDims(x.aval.ndim, ax), bool(keepdims));
  }) as never,
  "jax.numpy.linalg",
);

// jnp.linalg's array-API functions over the jnp ones.
const LINALG = "jax.numpy.linalg";
const X12 = { x1: "array", x2: "array", preferred_element_type: "dtype" } as const;
exportJnp(
  "matmul",
  "x1, x2, /, *, precision=None, preferred_element_type=None",
  X12,
  ((a: Value, b: Value, precision: Plain, pref: string | null) =>
    matmul(a, b, precision, userDType(pref))) as never,
  LINALG,
);
exportJnp(
  "tensordot",
  "x1, x2, /, *, axes=2, precision=None, preferred_element_type=None, out_sharding=None",
  X12,
  ((a: Value, b: Value, axes: Plain, precision: Plain, pref: string | null) =>
    tensordot(a, b, axes, precision, userDType(pref))) as never,
  LINALG,
);
exportJnp(
  "outer",
  "x1, x2, /",
  X12,
  ((a: Value, b: Value) => {
    if (a.aval.ndim !== 1 || b.aval.ndim !== 1) {
      throw valueError(
        `Input arrays must be one-dimensional, but they are x1.ndim=${a.aval.ndim} x2.ndim=${b.aval.ndim}`,
      );
    }
    return ufuncs.multiply(expandDims(a, [1]), expandDims(b, [0]));
  }) as never,
  LINALG,
);
exportJnp(
  "matrix_norm",
  "x, /, *, keepdims=False, ord='fro'",
  { x: "array" },
  ((x: Value, keepdims: Plain, ord: Plain) => norm(x, ord, [-2, -1], bool(keepdims))) as never,
  LINALG,
);
exportJnp(
  "matrix_transpose",
  "x, /",
  { x: "array" },
  ((x: Value) => {
    const nd = x.aval.ndim;
    if (nd < 2) throw valueError(`matrix_transpose requires at least 2 dimensions; got ndim=${nd}`);
    return transpose(x, [...Array.from({ length: nd - 2 }, (_, i) => i), nd - 1, nd - 2]);
  }) as never,
  LINALG,
);
exportJnp(
  "trace",
  "x, /, *, offset=0, dtype=None",
  { x: "array", offset: "array", dtype: "dtype" },
  ((x: Value, offset: Value, dtype: string | null) =>
    traceJit([x, offset], [-2, -1, userDType(dtype)])[0]) as never,
  LINALG,
);

// Decompositions and solvers need LAPACK-like primitives that Traceur does not have yet.
for (const name of [
  "cholesky",
  "cond",
  "cross",
  "det",
  "diagonal",
  "eig",
  "eigh",
  "eigvals",
  "eigvalsh",
  "inv",
  "lstsq",
  "matrix_power",
  "matrix_rank",
  "multi_dot",
  "pinv",
  "qr",
  "slogdet",
  "solve",
  "svd",
  "svdvals",
  "tensorinv",
  "tensorsolve",
  "vecdot",
]) {
  exportJnp(
    name,
    "*args, **kwargs",
    {},
    (() => {
      throw notSupported(`jnp.linalg.${name}`);
    }) as never,
    LINALG,
  );
}

function notSupportedOut(name: string): Error {
  return new EngineError("NotImplementedError", `The 'out' argument to jnp.${name} is not supported.`);
}

const LR = { lhs: "array", rhs: "array", preferred_element_type: "dtype" } as const;
exportPy(
  "jax.lax",
  "dot_general",
  "lhs, rhs, dimension_numbers, precision=None, preferred_element_type=None, *, out_sharding=None",
  LR,
  ((lhs: Value, rhs: Value, dn: Plain, precision: Plain, pref: string | null) =>
    dotGeneral(lhs, rhs, dimensionNumbers(dn), canonicalizePrecision(precision), userDType(pref))) as never,
);
exportPy(
  "jax.lax",
  "dot",
  "lhs, rhs, *, dimension_numbers=None, precision=None, preferred_element_type=None, out_sharding=None",
  LR,
  ((lhs: Value, rhs: Value, dn: Plain, precision: Plain, pref: string | null) =>
    laxDot(lhs, rhs, dn, precision, userDType(pref))) as never,
);
exportPy("jax.lax", "batch_matmul", "lhs, rhs, precision=None", LR, ((
  lhs: Value,
  rhs: Value,
  precision: Plain,
) => {
  const [ls, rs] = [lhs.aval.shape, rhs.aval.shape];
  if (Math.min(ls.length, rs.length) < 2) {
    throw valueError(`Arguments to batch_matmul must be at least 2D, got ${ls.length}, ${rs.length}`);
  }
  if (ls.length !== rs.length) {
    throw valueError(`Arguments to batch_matmul must have same ndim, got ${ls.length}, ${rs.length}`);
  }
  const nd = ls.length;
  const batch = Array.from({ length: nd - 2 }, (_, i) => i);
  return dotGeneral(
    lhs,
    rhs,
    [
      [[nd - 1], [nd - 2]],
      [batch, batch],
    ],
    canonicalizePrecision(precision),
  );
}) as never);
