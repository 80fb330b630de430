// Running vmap and autodiff on small control-flow programs, for the tests of their transformation rules.
import type { Value } from "../../../../../engine/core/values.ts";
import { jvpFlat } from "../../../../../engine/transforms/ad/jvp.ts";
import { vjpFlat } from "../../../../../engine/transforms/ad/vjp.ts";
import { vmapAbort, vmapBegin, vmapEnd } from "../../../../../engine/transforms/vmap.ts";

/** `vmap(f, in_axes)(...args)` with every output batched at 0 (unbatched values are closed over by `f`). */
export function vmapped(
  f: (args: Value[]) => Value[],
  args: readonly Value[],
  inAxes: readonly number[],
  size: number,
): Value[] {
  const [id, tracers] = vmapBegin(args, inAxes, size, null);
  try {
    const outs = f(tracers);
    return vmapEnd(
      id,
      outs,
      outs.map(() => 0),
      outs.map(() => ""),
    );
  } catch (e) {
    vmapAbort(id);
    throw e;
  }
}

/** The gradient of a scalar function of its inputs. */
export function gradOf(f: (args: Value[]) => Value[], args: readonly Value[], ct: Value): Value[] {
  return vjpFlat(f, args).pullback([ct]);
}

/** The tangents of `f`'s outputs for the tangents `ts` of its inputs. */
export function jvpOf(f: (args: Value[]) => Value[], args: readonly Value[], ts: readonly Value[]): Value[] {
  return jvpFlat(f, args, ts).tangentsOut.map((t) => t as Value);
}
