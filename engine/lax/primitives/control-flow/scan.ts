// `scan` (jax/_src/lax/control_flow/loops.py): runs its body along the leading axis of the `xs`, threading
// a carry and stacking the `ys`. Operands: consts, carry, xs; results: carry, ys. The batching, JVP and
// transpose rules join this definition with vmap and autodiff.
import { ShapedArray } from "../../../core/aval.ts";
import { scanDce } from "./dce-rules.ts";
import { definePrimitive } from "../../../core/primitive.ts";
import { allocate } from "../../../core/storage.ts";
import { ArrayValue } from "../../../core/values.ts";
import type { ClosedJaxpr, Params } from "../../../ir/jaxpr.ts";
import { evalClosedJaxprLikeXla } from "../../../runtime/cpu/xla-eval.ts";
import { scanJvp } from "./loop-ad.ts";
import { scanLinearize, scanTranspose } from "./scan-ad.ts";
import { scanBatch } from "./loop-batch.ts";

export interface ScanParams extends Params {
  readonly jaxpr: ClosedJaxpr;
  readonly length: number;
  readonly num_carry: number;
  readonly num_consts: number;
  readonly reverse: boolean;
  readonly unroll: number;
}

/** Row `i` of `x` along its leading axis. */
function row(x: ArrayValue, i: number): ArrayValue {
  const aval = new ShapedArray(x.shape.slice(1), x.dtype, x.aval.weakType);
  const n = aval.size;
  return new ArrayValue(aval, x.data.slice(i * n, (i + 1) * n), "jax");
}

export const scanP = definePrimitive<ScanParams>({
  name: "scan",
  // `_scan_abstract_eval`: the body's carry types, then each y with a leading axis of `length`.
  abstractEval: (_avals, p) => {
    const outs = p.jaxpr.outAvals;
    const ys = outs
      .slice(p.num_carry)
      .map((a) => new ShapedArray([p.length, ...a.shape], a.dtype, a.weakType));
    return [...outs.slice(0, p.num_carry), ...ys];
  },
  cpu: (inputs, p, outAvals) => {
    const consts = inputs.slice(0, p.num_consts);
    let carry = inputs.slice(p.num_consts, p.num_consts + p.num_carry);
    const xs = inputs.slice(p.num_consts + p.num_carry);
    const yAvals = outAvals.slice(p.num_carry);
    const ys = yAvals.map((a) => allocate(a.dtype, a.size));
    for (let step = 0; step < p.length; step++) {
      const i = p.reverse ? p.length - 1 - step : step;
      const outs = evalClosedJaxprLikeXla(p.jaxpr, [...consts, ...carry, ...xs.map((x) => row(x, i))]);
      carry = outs.slice(0, p.num_carry);
      outs.slice(p.num_carry).forEach((y, k) => ys[k].set(y.data, i * y.data.length));
    }
    // The carry has the body's output types, even after no step (a weak initial value comes out strong).
    const carryOut = carry.map((c, k) => new ArrayValue(outAvals[k], c.data, "jax"));
    return [...carryOut, ...ys.map((data, k) => new ArrayValue(yAvals[k], data, "jax"))];
  },
  batch: scanBatch,
  jvp: scanJvp,
  linearize: scanLinearize,
  transpose: scanTranspose,
  dce: scanDce,
});
