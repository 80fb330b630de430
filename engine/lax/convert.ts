import { ShapedArray } from "../core/aval.ts";
import { type DType, isExtended, isFloating } from "../core/dtypes.ts";
import { valueError } from "../core/errors.ts";
import { bind1 } from "../core/trace.ts";
import { ArrayValue, type Value } from "../core/values.ts";
import { convertElementTypeP, convertValue } from "./primitives/elementwise.ts";

/**
 * lax's `_convert_element_type`: Python and numpy scalars are converted at trace time (no equation;
 * the literal shows the new dtype), a value already of the right dtype and weakness is returned as is,
 * anything else binds `convert_element_type`.
 */
export function convertElementType(x: Value, newDType: DType, weakType = false): Value {
  const a = x.aval;
  if (a.dtype !== newDType && (isExtended(a.dtype) || isExtended(newDType))) {
    throw valueError(`Cannot convert_element_type from ${a.dtype} to ${newDType}`);
  }
  if (x instanceof ArrayValue && x.origin !== "jax") {
    if (a.dtype === newDType && a.weakType === weakType) return x;
    const out = new ShapedArray([], newDType, weakType);
    // An infinite or NaN float going to an integer type is bound instead, as JAX does.
    const v = x.scalar();
    if (!(typeof v === "number" && !Number.isFinite(v) && !isFloating(newDType) && newDType !== "bool")) {
      const converted = convertValue(x, newDType, out);
      // A weak float that stays weak keeps its Python value (its literal prints Python's repr).
      const keepPy = weakType && x.pyValue !== undefined && isFloating(newDType) && newDType === "float32";
      return new ArrayValue(out, converted.data, keepPy ? "python" : "numpy", keepPy ? x.pyValue : undefined);
    }
  } else if (a.dtype === newDType && a.weakType === weakType) {
    return x;
  }
  return bind1(convertElementTypeP, [x], { new_dtype: newDType, weak_type: weakType });
}
