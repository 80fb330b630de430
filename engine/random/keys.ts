// Typed PRNG key arrays (dtype key<fry>): an array of keys is held as its physical uint32 data, two words
// per key, as JAX's PRNGKeyArray holds its `_base_array`.
import { type Shape, ShapedArray } from "../core/aval.ts";
import type { DType } from "../core/dtypes.ts";
import { EngineError, typeError } from "../core/errors.ts";
import { ArrayValue } from "../core/values.ts";

export const KEY_DTYPE: DType = "key<fry>";
/** `impl.key_shape` of threefry2x32. */
export const KEY_WORDS = 2;

export const isKeyDType = (d: DType): boolean => d === KEY_DTYPE;

/** The aval of the uint32 data behind keys of this aval (`core.physical_aval`). */
export function physicalAval(keys: ShapedArray): ShapedArray {
  return new ShapedArray([...keys.shape, KEY_WORDS], "uint32");
}

/** A key array of `shape` over `words` (two per key, row-major). */
export function keysValue(shape: Shape, words: Uint32Array): ArrayValue {
  return new ArrayValue(new ShapedArray(shape, KEY_DTYPE), words);
}

/** The uint32 array behind a key array (`random_unwrap`). */
export function keyData(keys: ArrayValue): ArrayValue {
  return new ArrayValue(physicalAval(keys.aval), Uint32Array.from(keys.data));
}

/** Keys hold no numbers: `bool(key)` and the conversions to Python values raise what JAX's PRNGKeyArray raises. */
export function keyConversionError(fn: string): EngineError {
  switch (fn) {
    case "bool":
      return typeError("key array cannot be converted to boolean.");
    case "int":
      return typeError(
        "int() argument must be a string, a bytes-like object or a real number, not 'PRNGKeyArray'",
      );
    case "float":
      return typeError("float() argument must be a string or a real number, not 'PRNGKeyArray'");
    case "tolist":
      return new EngineError("AttributeError", "'PRNGKeyArray' object has no attribute 'tolist'");
    case "item":
      return new EngineError("NotImplementedError", "Cannot call abstract method item");
    default:
      return typeError(
        "JAX array with PRNGKey dtype cannot be converted to a NumPy array. Use jax.random.key_data(arr) if " +
          "you wish to extract the underlying integer array.",
      );
  }
}
