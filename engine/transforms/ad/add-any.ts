// `add_any` (jax/_src/ad_util.py): the sum of two tangents or cotangents, which autodiff emits.
import { type BatchResult, definePrimitive } from "../../core/primitive.ts";
import { bind1 } from "../../core/trace.ts";
import { broadcastBatched, moveaxis } from "../../lax/primitives/batch-rules.ts";
import { mapBinary } from "../../runtime/cpu/elementwise.ts";
import { linearJvp, linearTranspose } from "./rules.ts";

type NoParams = Record<string, never>;

export const addAnyP: ReturnType<typeof definePrimitive<NoParams>> = definePrimitive<NoParams>({
  name: "add_any",
  abstractEval: ([x]) => [x],
  cpu: ([x, y], _p, [out]) => [mapBinary(x, y, out, (a, b) => a + b)],
  // `ad_util.add_batched`: an unbatched operand is broadcast along the other's batch axis.
  batch: ([x, y], [bx, by]): BatchResult => {
    const add = (a: typeof x, b: typeof y) => [bind1(addAnyP, [a, b], {})];
    if (bx === by) return [add(x, y), [bx]];
    if (bx === null) return [add(broadcastBatched(x, y.aval.shape[by as number], by as number), y), [by]];
    if (by === null) return [add(x, broadcastBatched(y, x.aval.shape[bx], bx)), [bx]];
    return [add(moveaxis(x, bx, by), y), [by]];
  },
  // `ad.deflinear2(add_jaxvals_p, lambda t, *args: (t, t))`
  jvp: linearJvp(() => addAnyP),
  transpose: linearTranspose((ct) => [ct, ct]),
});
