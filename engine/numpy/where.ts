// lax's small constructors as jnp uses them (`lax._const`, `full_like`, `_broadcast_arrays`) and the jitted
// `_where` that jnp.where and many jnp functions share (jax/_src/numpy/util.py).
import { shapesEqual, ShapedArray, type Shape } from "../core/aval.ts";
import { type DType, isBool, isFloating } from "../core/dtypes.ts";
import { ArrayValue, type Value } from "../core/values.ts";
import * as lax from "../lax/lax.ts";
import { broadcastInDim, broadcastShapes } from "../lax/shapes.ts";
import { jitted } from "../transforms/jit.ts";
import { promoteDTypes } from "./promotion.ts";

// ---- constants, as lax builds them ----

/** A scalar constant of a dtype: weak ones behave as Python scalars, strong ones as numpy scalars. */
export function scalarConst(dtype: DType, value: number | boolean, weak = false): ArrayValue {
  const v = ArrayValue.fromNumbers(
    new ShapedArray([], dtype, weak),
    [Number(value)],
    weak ? "python" : "numpy",
  );
  return weak && isFloating(dtype) ? new ArrayValue(v.aval, v.data, "python", Number(value)) : v;
}

/** `_constant_like(x, v)` (and `np.array(v, x.dtype)`): a numpy scalar of x's dtype, never weak. */
export const constLike = (x: Value, v: number | boolean): ArrayValue => scalarConst(x.aval.dtype, v);

/**
 * `lax._const(x, v)` (`_lax_const` in jnp): a Python scalar, weakly typed, when x is a weakly typed scalar;
 * otherwise a numpy scalar of x's dtype.
 */
export function laxConst(x: Value, v: number | boolean): ArrayValue {
  const a = x.aval;
  return scalarConst(a.dtype, v, a.weakType && a.ndim === 0);
}

/** `lax.full_like(x, v, dtype)`: weak when x is and no dtype is given; broadcast unless x is a scalar. */
export function fullLike(x: Value, v: number | boolean, dtype?: DType): Value {
  const c = scalarConst(dtype ?? x.aval.dtype, v, dtype === undefined && x.aval.weakType);
  return x.aval.ndim === 0 ? c : broadcastInDim(c, x.aval.shape, []);
}

/** `lax._zero(x)`: `full_like(x, 0, shape=())`. */
export const zeroScalarLike = (x: Value): ArrayValue => scalarConst(x.aval.dtype, 0, x.aval.weakType);

// ---- broadcasting helpers (util.py) ----

/** `lax.broadcast_to`: leading dimensions added, size-1 dimensions stretched. */
function broadcastTo(x: Value, shape: Shape): Value {
  if (shapesEqual(x.aval.shape, shape)) return x;
  const nlead = shape.length - x.aval.ndim;
  return broadcastInDim(
    x,
    shape,
    Array.from({ length: x.aval.ndim }, (_, i) => i + nlead),
  );
}

/** `_broadcast_arrays`: nothing to do when all shapes agree. */
export function broadcastArrays(values: readonly Value[]): Value[] {
  const shapes = values.map((v) => v.aval.shape);
  if (shapes.every((s) => shapesEqual(s, shapes[0]))) return [...values];
  const shape = broadcastShapes("broadcast_arrays", shapes);
  return values.map((v) => broadcastTo(v, shape));
}

// ---- where ----

/** `util._where`, jitted as in JAX: non-bool conditions compared with zero, x and y promoted and broadcast. */
const whereJit = jitted("_where", ([condition, x, y]) => {
  let c = condition;
  if (!isBool(c.aval.dtype)) c = lax.ne(c, zeroScalarLike(c));
  const [px, py] = promoteDTypes([x, y]);
  let bx: Value;
  let by: Value;
  if (c.aval.ndim === 0) [bx, by] = broadcastArrays([px, py]);
  else [c, bx, by] = broadcastArrays([c, px, py]);
  return [bx.aval.size === 0 ? bx : lax.select(c, bx, by)];
});

export const where3 = (c: Value, x: Value, y: Value): Value => whereJit([c, x, y])[0];

/** `_to_bool`: non-bool values compared with zero. */
export const toBool = (x: Value): Value => (isBool(x.aval.dtype) ? x : lax.ne(x, laxConst(x, 0)));

export const pyInt = (v: number): ArrayValue => ArrayValue.pythonScalar("int", v);
export const pyFloat = (v: number): ArrayValue => ArrayValue.pythonScalar("float", v);
