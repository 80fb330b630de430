// The engine side of Traceur's `numpy` Python package. The Python package converts its arguments itself
// (numpy values are handles to ArrayValues with origin "numpy") and calls these functions directly.
import { type DType, isDType } from "../core/dtypes.ts";
import { EngineError } from "../core/errors.ts";
import type { ArrayValue, Value } from "../core/values.ts";
import { exportPy } from "../api/registry.ts";
import { numpyArrayRepr, numpyArrayStr, numpyScalarRepr, numpyScalarStr } from "../format/array-repr.ts";
import { allclose, arrayEqual, isclose } from "./compare.ts";
import { arange, arrayFromFlat, arrayFromLeaves, eye, full, linspace } from "./creation.ts";
import { jaxToNumpy, numpyToJax } from "./interop.ts";
import { checkNumpyDType, npPromoteTypes, npResultType } from "./promotion.ts";
import {
  type AxisArg,
  npAll,
  npAny,
  npArgmax,
  npArgmin,
  npMax,
  npMean,
  npMin,
  npProd,
  npSum,
} from "./reductions.ts";
import { basicIndex, type IndexItem, reshape, setBasicIndex, transpose } from "./shapes.ts";
import { npBinary, npUnary } from "./ufuncs.ts";
import { castTo, operandOf, PY_KINDS, pyScalar } from "./values.ts";

/** Python's None arrives as undefined or null. */
const opt = <T>(x: T | null | undefined): T | null => (x === undefined ? null : x);

function dtypeArg(name: string | null | undefined): DType | null {
  if (name === null || name === undefined) return null;
  if (!isDType(name)) throw new EngineError("TypeError", `data type '${name}' not understood`);
  return checkNumpyDType(name);
}

const M = "numpy";
const plain = {};

exportPy(M, "_py_scalar", "kind, value", plain, (kind: number, value: number) =>
  pyScalar(PY_KINDS[kind], Number(value)),
);
exportPy(
  M,
  "_from_flat",
  "flat, shape, kind, dtype",
  plain,
  (flat: number[], shape: number[], kind: number, dtype: string | null) =>
    arrayFromFlat(Array.from(flat, Number), shape, PY_KINDS[kind], dtypeArg(dtype)),
);
exportPy(
  M,
  "_from_leaves",
  "leaves, outer, dtype",
  plain,
  (leaves: ArrayValue[], outer: number[], dtype: string | null) =>
    arrayFromLeaves(leaves, outer, dtypeArg(dtype)),
);
exportPy(M, "_from_jax", "x", plain, (x: Value) => jaxToNumpy(x));
exportPy(M, "_to_jax", "x", plain, (x: ArrayValue) => numpyToJax(x));
exportPy(M, "_cast", "x, dtype", plain, (x: ArrayValue, dtype: string) =>
  castTo(x, dtypeArg(dtype) as DType),
);
exportPy(M, "_binary", "name, a, b", plain, (name: string, a: ArrayValue, b: ArrayValue) =>
  npBinary(name, a, b),
);
exportPy(M, "_unary", "name, a", plain, (name: string, a: ArrayValue) => npUnary(name, a));

exportPy(
  M,
  "_reduce",
  "name, a, axis, dtype, keepdims",
  plain,
  (name: string, a: ArrayValue, axis: AxisArg | undefined, dtype: string | null, keepdims: boolean) => {
    const ax = opt(axis);
    const d = dtypeArg(dtype);
    switch (name) {
      case "sum":
        return npSum(a, ax, d, keepdims);
      case "prod":
        return npProd(a, ax, d, keepdims);
      case "mean":
        return npMean(a, ax, d, keepdims);
      case "max":
        return npMax(a, ax, keepdims);
      case "min":
        return npMin(a, ax, keepdims);
      case "any":
        return npAny(a, ax, keepdims);
      case "all":
        return npAll(a, ax, keepdims);
      case "argmax":
        return npArgmax(a, ax as number | null, keepdims);
      case "argmin":
        return npArgmin(a, ax as number | null, keepdims);
      default:
        throw new EngineError("NotImplementedError", `Traceur does not support numpy.${name} yet.`);
    }
  },
);

exportPy(M, "_index", "a, items", plain, (a: ArrayValue, items: IndexItem[]) =>
  basicIndex(
    a,
    items.map((i) => opt(i) as IndexItem),
  ),
);
exportPy(M, "_setitem", "a, items, value", plain, (a: ArrayValue, items: IndexItem[], value: ArrayValue) => {
  setBasicIndex(
    a,
    items.map((i) => opt(i) as IndexItem),
    value,
  );
  return null;
});
exportPy(M, "_reshape", "a, shape", plain, (a: ArrayValue, shape: number[]) => reshape(a, shape));
exportPy(M, "_transpose", "a, axes", plain, (a: ArrayValue, axes: number[] | null) =>
  transpose(a, opt(axes)),
);

exportPy(
  M,
  "_arange",
  "start, stop, step, dtype",
  plain,
  (start: ArrayValue, stop: ArrayValue | null, step: ArrayValue | null, dtype: string | null) =>
    arange(start, opt(stop), opt(step), dtypeArg(dtype)),
);
exportPy(
  M,
  "_linspace",
  "start, stop, num, endpoint, dtype",
  plain,
  (start: ArrayValue, stop: ArrayValue, num: number, endpoint: boolean, dtype: string | null) =>
    linspace(start, stop, num, endpoint, dtypeArg(dtype)),
);
exportPy(M, "_full", "shape, fill, dtype", plain, (shape: number[], fill: ArrayValue, dtype: string | null) =>
  full(shape, fill, dtypeArg(dtype)),
);
exportPy(M, "_eye", "n, m, k, dtype", plain, (n: number, m: number | null, k: number, dtype: string) =>
  eye(n, opt(m), k, dtypeArg(dtype) as DType),
);

exportPy(
  M,
  "_isclose",
  "a, b, rtol, atol, equal_nan",
  plain,
  (a: ArrayValue, b: ArrayValue, rtol: ArrayValue, atol: ArrayValue, equalNan: boolean) =>
    isclose(a, b, rtol, atol, equalNan),
);
exportPy(
  M,
  "_allclose",
  "a, b, rtol, atol, equal_nan",
  plain,
  (a: ArrayValue, b: ArrayValue, rtol: ArrayValue, atol: ArrayValue, equalNan: boolean) =>
    allclose(a, b, rtol, atol, equalNan),
);
exportPy(M, "_array_equal", "a, b, equal_nan", plain, (a: ArrayValue, b: ArrayValue, equalNan: boolean) =>
  arrayEqual(a, b, equalNan),
);

exportPy(M, "_result_type", "values", plain, (values: ArrayValue[]) => npResultType(values.map(operandOf)));
exportPy(M, "_promote_types", "a, b", plain, (a: string, b: string) =>
  npPromoteTypes(dtypeArg(a) as DType, dtypeArg(b) as DType),
);

exportPy(M, "_repr", "a", plain, (a: ArrayValue) => numpyArrayRepr(a));
exportPy(M, "_str", "a", plain, (a: ArrayValue) => numpyArrayStr(a));
exportPy(M, "_scalar_repr", "a", plain, (a: ArrayValue) => numpyScalarRepr(a));
exportPy(M, "_scalar_str", "a", plain, (a: ArrayValue) => numpyScalarStr(a));
