// repr() and str() of JAX arrays (jax/_src/array.py), numpy arrays and numpy scalars.

import { ShapedArray, shapeStr } from "../core/aval.ts";
import { isExtended, isFloating, type DType } from "../core/dtypes.ts";
import { ArrayValue } from "../core/values.ts";
import { array2string, LINE_WIDTH, THRESHOLD } from "./array-print.ts";
import { intText } from "./element-format.ts";
import { numpyFloatScalarStr } from "./float-format.ts";
import type { FloatType } from "./float-parts.ts";

/** `repr(x)` of a jax.Array: `Array([1., 2.], dtype=float32)`, `Array(3., dtype=float32, weak_type=True)`. */
export function jaxArrayRepr(a: ArrayValue): string {
  if (isExtended(a.dtype)) return keyArrayRepr(a);
  const prefix = "Array(";
  const dtypeStr = a.aval.weakType ? `dtype=${a.dtype}, weak_type=True` : `dtype=${a.dtype}`;
  const s =
    a.aval.size === 0
      ? `[], shape=${shapeStr(a.shape)}`
      : array2string(a, { prefix, suffix: ",", separator: ", ", maxLineWidth: LINE_WIDTH });
  // JAX's own arithmetic: two more than the last line's length, and a run of spaces (not a new
  // line) before the dtype when that would pass the line width.
  const lastLineLen = s.length - s.lastIndexOf("\n") + 1;
  const sep = lastLineLen + dtypeStr.length + 2 > LINE_WIDTH ? " ".repeat(prefix.length) : " ";
  return `${prefix}${s},${sep}${dtypeStr})`;
}

/** `str(x)` / `print(x)` of a jax.Array: numpy's str of its value. */
export function jaxArrayStr(a: ArrayValue): string {
  if (isExtended(a.dtype)) return keyArrayRepr(a);
  return numpyArrayStr(a);
}

/** A PRNG key array (its repr and str): `Array((), dtype=key<fry>) overlaying:\n[0 0]`, its uint32 words below. */
function keyArrayRepr(keys: ArrayValue): string {
  const words = new ArrayValue(new ShapedArray([...keys.shape, 2], "uint32"), keys.data);
  return `Array(${shapeStr(keys.shape)}, dtype=${keys.dtype}) overlaying:\n${numpyArrayStr(words)}`;
}

/** numpy leaves dtype= out of the repr where the values imply it. */
const IMPLIED_DTYPES: ReadonlySet<DType> = new Set<DType>(["float64", "int64", "bool", "complex128"]);

/** `repr()` of a numpy ndarray: `array([1., 2.])`, `array([1, 2], dtype=int32)`. */
export function numpyArrayRepr(a: ArrayValue): string {
  const prefix = "array(";
  const lst = array2string(a, { prefix, suffix: ")", separator: ", ", maxLineWidth: LINE_WIDTH });
  const size = a.aval.size;
  const extras: string[] = [];
  const isEmptyVector = a.shape.length === 1 && a.shape[0] === 0;
  if ((size === 0 && !isEmptyVector) || size > THRESHOLD) extras.push(`shape=${shapeStr(a.shape)}`);
  if (!IMPLIED_DTYPES.has(a.dtype) || size === 0) extras.push(`dtype=${a.dtype}`);
  if (extras.length === 0) return `${prefix}${lst})`;
  const arrStr = `${prefix}${lst},`;
  const extraStr = `${extras.join(", ")})`;
  const lastLineLen = arrStr.length - (arrStr.lastIndexOf("\n") + 1);
  const spacer = lastLineLen + extraStr.length + 1 > LINE_WIDTH ? `\n${" ".repeat(prefix.length)}` : " ";
  return arrStr + spacer + extraStr;
}

/** `str()` of a numpy ndarray: `[1. 2.]`; a 0-d array prints as its scalar. */
export function numpyArrayStr(a: ArrayValue): string {
  if (a.shape.length === 0) return numpyScalarStr(a);
  return array2string(a, { separator: " " });
}

/** `str()` of a numpy scalar (the single element of `a`): `1.5`, `3`, `True`. */
export function numpyScalarStr(a: ArrayValue): string {
  const x = a.data[0];
  if (a.dtype === "bool") return x ? "True" : "False";
  if (isFloating(a.dtype)) return numpyFloatScalarStr(x, a.dtype as FloatType);
  if (a.dtype === "complex64" || a.dtype === "complex128")
    throw new Error("Traceur does not support complex numbers yet");
  return intText(x);
}

/** `repr()` of a numpy scalar: `np.float32(1.5)`, `np.int64(3)`, `np.True_`; bfloat16 (ml_dtypes) as its str. */
export function numpyScalarRepr(a: ArrayValue): string {
  const text = numpyScalarStr(a);
  if (a.dtype === "bool") return `np.${text}_`;
  if (a.dtype === "bfloat16") return text;
  return `np.${a.dtype}(${text})`;
}
