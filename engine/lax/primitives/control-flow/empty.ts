// `empty2` (lax.py): an uninitialized array, which `ad_util.empty_like_aval` binds to fill the residual slots a
// branch of a linearized cond does not compute. Its contents are never read; here they are zeros.
import { ShapedArray } from "../../../core/aval.ts";
import type { DType } from "../../../core/dtypes.ts";
import { definePrimitive } from "../../../core/primitive.ts";
import { PyVerbatim } from "../../../core/pyrepr.ts";
import { bind1 } from "../../../core/trace.ts";
import { ArrayValue, type Value } from "../../../core/values.ts";
import type { Params } from "../../../ir/jaxpr.ts";
import { broadcast } from "../../shapes.ts";

interface Empty2Params extends Params {
  readonly dtype: DType;
  readonly memory_space: PyVerbatim;
}

export const empty2P = definePrimitive<Empty2Params>({
  name: "empty2",
  abstractEval: (_avals, p) => [new ShapedArray([], p.dtype, false)],
  cpu: (_inputs, _p, [aval]) => [ArrayValue.zeros(aval)],
});

/** `ad_util.empty_like_aval`: `broadcast(empty2(dtype), shape)`. */
export function emptyLikeAval(aval: ShapedArray): Value {
  const out = bind1(empty2P, [], { dtype: aval.dtype, memory_space: new PyVerbatim("MemorySpace.Device") });
  return aval.ndim === 0 ? out : broadcast(out, aval.shape);
}
