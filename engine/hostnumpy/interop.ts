// Crossing between numpy values and JAX values.
import { ShapedArray } from "../core/aval.ts";
import { canonicalize } from "../core/dtypes.ts";
import { ArrayValue, type Value } from "../core/values.ts";
import { concreteOrError } from "../python/concrete.ts";
import { castTo } from "./values.ts";

/**
 * A numpy array or scalar as JAX receives it: canonicalized (float64 -> float32, int64 -> int32), not
 * weakly typed, origin "numpy" so that a 0-d value becomes a jaxpr literal. Always a copy, since numpy
 * arrays are mutable and JAX arrays are not.
 */
export function numpyToJax(v: ArrayValue): ArrayValue {
  const d = canonicalize(v.dtype);
  const c = castTo(v, d);
  return new ArrayValue(new ShapedArray(c.shape, d, false), c.data, "numpy");
}

/** `np.asarray(x)` of a JAX value: its concrete data (a tracer raises TracerArrayConversionError). */
export function jaxToNumpy(v: Value): ArrayValue {
  const c = concreteOrError(v, { fn: "array" });
  return castTo(c, c.dtype);
}
