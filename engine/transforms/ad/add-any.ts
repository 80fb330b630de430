// `add_any` (jax/_src/ad_util.py): the sum of two tangents or cotangents, which autodiff emits.
import { definePrimitive } from "../../core/primitive.ts";
import { mapBinary } from "../../runtime/cpu/elementwise.ts";
import { linearJvp, linearTranspose } from "./rules.ts";

type NoParams = Record<string, never>;

export const addAnyP: ReturnType<typeof definePrimitive<NoParams>> = definePrimitive<NoParams>({
  name: "add_any",
  abstractEval: ([x]) => [x],
  cpu: ([x, y], _p, [out]) => [mapBinary(x, y, out, (a, b) => a + b)],
  // `ad.deflinear2(add_jaxvals_p, lambda t, *args: (t, t))`
  jvp: linearJvp(() => addAnyP),
  transpose: linearTranspose((ct) => [ct, ct]),
});
