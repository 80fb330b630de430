// Building blocks of the JVP and transpose rules that primitives declare (jax/_src/interpreters/ad.py:
// defjvp, defjvp2, deflinear2, defbilinear, defjvp_zero; lax.py's _unbroadcast, _const, _zeros).
// Only function declarations here: primitive modules call them while this module may still be loading. The
// primitives these helpers bind are looked up by name, so that the autodiff machinery does not import lax.
import type { ShapedArray } from "../../core/aval.ts";
import { isFloating } from "../../core/dtypes.ts";
import { type JvpRule, lookupPrimitive, type Primitive, type TransposeRule } from "../../core/primitive.ts";
import { Zero, type Tangent, type LinearArg, UndefinedPrimal } from "../../core/tangents.ts";
import { bind, bind1, currentTrace } from "../../core/trace.ts";
import { ArrayValue, Tracer, type Value } from "../../core/values.ts";
import type { Params } from "../../ir/jaxpr.ts";
import { addAnyP } from "./add-any.ts";

/** `ad_util.p2tz`: the symbolic zero tangent of a primal value. */
function zeroOf(x: Value): Zero {
  return new Zero(x.aval);
}

/** `ad.add_tangents`: a symbolic zero adds nothing; otherwise `add_any`. */
export function addTangents(x: Tangent, y: Tangent): Tangent {
  if (x instanceof Zero) return y;
  if (y instanceof Zero) return x;
  return bind1(addAnyP, [x, y], {});
}

/**
 * `zeros_like_aval`: `lax.full(shape, 0, dtype)` broadcast with the aval's sharding, so `broadcast_in_dim` is
 * bound even for a scalar when tracing (a staging trace forwards that one to its literal operand).
 */
export function zerosLikeAval(aval: ShapedArray): Value {
  const zero = ArrayValue.fromNumbers(aval.withShape([]), [0], "numpy");
  if (aval.ndim === 0 && currentTrace().kind === "eval") return zero;
  return bind1(lookupPrimitive("broadcast_in_dim"), [zero], {
    shape: [...aval.shape],
    broadcast_dimensions: [],
    sharding: null,
  });
}

/** `ad.instantiate_zeros`. */
export function instantiate(t: Tangent): Value {
  return t instanceof Zero ? zerosLikeAval(t.aval) : t;
}

/**
 * `lax._const(example, val)`: a Python scalar (weak) for a weakly typed scalar example, else a numpy scalar
 * of its dtype (strong). Either way a literal.
 */
export function npConst(example: Value, val: number): Value {
  const a = example.aval;
  if (a.weakType && a.ndim === 0 && a.dtype !== "bool") {
    return ArrayValue.pythonScalar(isFloating(a.dtype) ? "float" : "int", val);
  }
  return ArrayValue.fromNumbers(a.withShape([]).strongly(), [val], "numpy");
}

/** `full_like(x, v, shape=())` (lax's `_one`, `_zero`): a scalar literal, weak when `x` is. */
export function scalarLike(x: Value, v: number): Value {
  return ArrayValue.fromNumbers(x.aval.withShape([]), [v], "numpy");
}

/**
 * `full_like(x, v)` (lax's `_zeros`, `_ones`, `_twos`): a literal for a scalar, else `broadcast_in_dim`. A traced
 * `x` lends its sharding, so then `broadcast_in_dim` is bound even for a scalar (and forwarded by staging).
 */
export function fullLike(x: Value, v: number, shape?: readonly number[]): Value {
  const fill = scalarLike(x, v);
  const target = shape ?? x.aval.shape;
  const bindScalar = shape === undefined && x instanceof Tracer && currentTrace().kind !== "eval";
  if (target.length === 0 && !bindScalar) return fill;
  return bind1(lookupPrimitive("broadcast_in_dim"), [fill], {
    shape: [...target],
    broadcast_dimensions: [],
    sharding: null,
  });
}

/** `lax._maybe_broadcast(shape, x)`: broadcast `x` to `shape` unless it has it already. */
export function maybeBroadcast(shape: readonly number[], x: Value): Value {
  const xs = x.aval.shape;
  if (xs.length === shape.length && xs.every((d, i) => d === shape[i])) return x;
  if (xs.length === 0)
    return bind1(lookupPrimitive("broadcast_in_dim"), [x], {
      shape: [...shape],
      broadcast_dimensions: [],
      sharding: null,
    });
  const dims = xs.flatMap((d, i) => (d === shape[i] ? [i] : []));
  const squeezed = bind1(lookupPrimitive("reshape"), [x], {
    new_sizes: dims.map((i) => xs[i]),
    dimensions: null,
    sharding: null,
  });
  return bind1(lookupPrimitive("broadcast_in_dim"), [squeezed], {
    shape: [...shape],
    broadcast_dimensions: dims,
    sharding: null,
  });
}

/** `lax._unbroadcast(aval, x)`: sum a cotangent back down to the shape of an implicitly broadcast operand. */
export function unbroadcast(aval: ShapedArray, x: Value): Value {
  const xs = x.aval.shape;
  if (xs.length === aval.ndim && xs.every((d, i) => d === aval.shape[i])) return x;
  if (aval.ndim === 0) {
    return bind1(lookupPrimitive("reduce_sum"), [x], { axes: xs.map((_d, i) => i), out_sharding: null });
  }
  const dims = xs.flatMap((d, i) => (d !== aval.shape[i] ? [i] : []));
  const summed = dims.length
    ? bind1(lookupPrimitive("reduce_sum"), [x], { axes: dims, out_sharding: null })
    : x;
  const ss = summed.aval.shape;
  if (ss.length === aval.ndim && ss.every((d, i) => d === aval.shape[i])) return summed;
  return bind1(lookupPrimitive("reshape"), [summed], {
    new_sizes: [...aval.shape],
    dimensions: null,
    sharding: null,
  });
}

/** `lax.convert_element_type` as rules use it: no equation when the dtype and weakness already match. */
export function convertTo(x: Value, aval: ShapedArray): Value {
  if (x.aval.dtype === aval.dtype && x.aval.weakType === aval.weakType) return x;
  return bind1(lookupPrimitive("convert_element_type"), [x], {
    new_dtype: aval.dtype,
    weak_type: aval.weakType,
  });
}

/** Whether a value of this type has tangents at all (integers and bools have float0 ones: always zero). */
export function isDifferentiable(aval: ShapedArray): boolean {
  return isFloating(aval.dtype);
}

type JvpTerm<P extends Params> = ((g: Value, primals: readonly Value[], params: P) => Value) | null;
type JvpTerm2<P extends Params> =
  ((g: Value, ans: Value, primals: readonly Value[], params: P) => Value) | null;

/** `ad.defjvp`: the output tangent is the sum of one term per nonzero input tangent. */
export function standardJvp<P extends Params>(prim: () => Primitive<P>, ...terms: JvpTerm<P>[]): JvpRule<P> {
  return (primals, tangents, params) => {
    const out = bind1(prim(), primals, params);
    let t: Tangent = zeroOf(out);
    terms.forEach((term, i) => {
      const g = tangents[i];
      if (term && !(g instanceof Zero)) t = addTangents(t, term(g, primals, params));
    });
    return [[out], [t]];
  };
}

/** `ad.defjvp2`: as `defjvp`, the terms also seeing the primal output. */
export function standardJvp2<P extends Params>(
  prim: () => Primitive<P>,
  ...terms: JvpTerm2<P>[]
): JvpRule<P> {
  return (primals, tangents, params) => {
    const out = bind1(prim(), primals, params);
    let t: Tangent = zeroOf(out);
    terms.forEach((term, i) => {
      const g = tangents[i];
      if (term && !(g instanceof Zero)) t = addTangents(t, term(g, out, primals, params));
    });
    return [[out], [t]];
  };
}

/** `ad.defjvp_zero`: the outputs do not depend differentiably on the inputs. */
export function zeroJvp<P extends Params>(prim: () => Primitive<P>): JvpRule<P> {
  return (primals, _tangents, params) => {
    const outs = bind(prim(), primals, params);
    return [outs, outs.map((o) => zeroOf(o))];
  };
}

/** `ad.linear_jvp`: a linear primitive applied to the tangents. */
export function linearJvp<P extends Params>(prim: () => Primitive<P>): JvpRule<P> {
  return (primals, tangents, params) => {
    const outs = bind(prim(), primals, params);
    if (allZero(tangents)) return [outs, outs.map((o) => zeroOf(o))];
    return [outs, bind(prim(), tangents.map(instantiate), params)];
  };
}

/** `ad.linear_transpose2`: a zero cotangent gives zeros; otherwise the rule. */
export function linearTranspose<P extends Params>(
  rule: (ct: Value, args: readonly LinearArg[], params: P) => readonly (Tangent | null)[],
): TransposeRule<P> {
  return ([ct], args, params) => {
    if (ct instanceof Zero) return args.map((x) => (x instanceof UndefinedPrimal ? new Zero(x.aval) : null));
    return [...rule(ct, args, params)];
  };
}

/** `ad.bilinear_transpose`: exactly one of the two operands is linear. */
export function bilinearTranspose<P extends Params>(
  lhs: (ct: Value, x: LinearArg, y: LinearArg, params: P) => Value,
  rhs: (ct: Value, x: LinearArg, y: LinearArg, params: P) => Value,
): TransposeRule<P> {
  return ([ct], [x, y], params) => {
    if (x instanceof UndefinedPrimal)
      return [ct instanceof Zero ? new Zero(x.aval) : lhs(ct, x, y, params), null];
    return [null, ct instanceof Zero ? new Zero(y.aval) : rhs(ct, x, y, params)];
  };
}

/** Whether every tangent is a symbolic zero. */
export function allZero(ts: readonly Tangent[]): boolean {
  return ts.every((t) => t instanceof Zero);
}

/** `lax.reduce_sum(x, axes)`. */
export function reduceSum(x: Value, axes: readonly number[]): Value {
  return bind1(lookupPrimitive("reduce_sum"), [x], { axes: [...axes], out_sharding: null });
}

/** `lax.broadcast_in_dim`: no equation only for a scalar traced value staying a scalar. */
export function broadcastInDimLax(x: Value, shape: readonly number[], dims: readonly number[]): Value {
  if (x.aval.ndim === shape.length && dims.length === 0 && !(x instanceof ArrayValue && x.origin !== "jax"))
    return x;
  return bind1(lookupPrimitive("broadcast_in_dim"), [x], {
    shape: [...shape],
    broadcast_dimensions: dims,
    sharding: null,
  });
}

/** `lax.expand_dims(x, dims)`: new unit dimensions, by `broadcast_in_dim`. */
export function expandDims(x: Value, dimensions: readonly number[]): Value {
  if (dimensions.length === 0) return x;
  const ndimOut = x.aval.ndim + dimensions.length;
  const dims = new Set(dimensions.map((d) => (d < 0 ? d + ndimOut : d)));
  const shape = [...x.aval.shape];
  for (const i of [...dims].sort((a, b) => a - b)) shape.splice(i, 0, 1);
  const bdims = Array.from({ length: ndimOut }, (_, i) => i).filter((i) => !dims.has(i));
  return broadcastInDimLax(x, shape, bdims);
}

/** `lax.reshape(x, sizes)`: no equation when the shape is already right. */
export function reshapeLax(x: Value, sizes: readonly number[]): Value {
  const s = x.aval.shape;
  if (
    s.length === sizes.length &&
    s.every((d, i) => d === sizes[i]) &&
    !(x instanceof ArrayValue && x.origin !== "jax")
  ) {
    return x;
  }
  return bind1(lookupPrimitive("reshape"), [x], { new_sizes: [...sizes], dimensions: null, sharding: null });
}

/** `lax.transpose(x, perm)`: no equation for the identity permutation. */
export function transposeLax(x: Value, perm: readonly number[]): Value {
  if (perm.every((d, i) => d === i)) return x;
  return bind1(lookupPrimitive("transpose"), [x], { permutation: [...perm] });
}

/** `np.argsort` of distinct integers. */
export function argsort(xs: readonly number[]): number[] {
  return xs.map((_x, i) => i).sort((a, b) => xs[a] - xs[b]);
}
