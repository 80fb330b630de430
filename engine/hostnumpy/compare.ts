// np.isclose, np.allclose and np.array_equal, composed from ufuncs as numpy composes them.
import type { ArrayValue } from "../core/values.ts";
import { npResultType } from "./promotion.ts";
import { npBinary, npUnary } from "./ufuncs.ts";
import { asDType, operandOf, pyScalar } from "./values.ts";

export function isclose(
  a: ArrayValue,
  b: ArrayValue,
  rtol: ArrayValue,
  atol: ArrayValue,
  equalNan: boolean,
): ArrayValue {
  // numpy: `y = asanyarray(y, dtype=result_type(y, 1.))`, so an integer y is compared as a float.
  const yType = npResultType([operandOf(b), { dtype: "float64", python: "float" }]);
  const y = operandOf(b).python !== undefined ? pyScalar("float", b.data[0]) : asDType(b, yType);
  const x = a;
  const close = npBinary(
    "less_equal",
    npUnary("absolute", npBinary("subtract", x, y)),
    npBinary("add", atol, npBinary("multiply", rtol, npUnary("absolute", y))),
  );
  let result = npBinary(
    "logical_or",
    npBinary("logical_and", close, npUnary("isfinite", y)),
    npBinary("equal", x, y),
  );
  if (equalNan)
    result = npBinary(
      "logical_or",
      result,
      npBinary("logical_and", npUnary("isnan", x), npUnary("isnan", y)),
    );
  return result;
}

const allTrue = (v: ArrayValue): boolean => Array.prototype.every.call(v.data, (x: number) => x !== 0);

export function allclose(
  a: ArrayValue,
  b: ArrayValue,
  rtol: ArrayValue,
  atol: ArrayValue,
  equalNan: boolean,
): boolean {
  return allTrue(isclose(a, b, rtol, atol, equalNan));
}

export function arrayEqual(a: ArrayValue, b: ArrayValue, equalNan: boolean): boolean {
  if (a.shape.length !== b.shape.length || a.shape.some((d, i) => d !== b.shape[i])) return false;
  let eq = npBinary("equal", a, b);
  if (equalNan)
    eq = npBinary("logical_or", eq, npBinary("logical_and", npUnary("isnan", a), npUnary("isnan", b)));
  return allTrue(eq);
}
