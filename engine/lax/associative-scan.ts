// `lax.associative_scan` (jax/_src/lax/control_flow/loops.py): a parallel prefix scan of one array, built from
// strided slices, pads and concatenations. JAX differentiates cumprod, cummax and cummin through it.
import { bind1 } from "../core/trace.ts";
import type { Value } from "../core/values.ts";
import * as lax from "./lax.ts";
import { concatenateP, padP, revP, type PadConfigEntry } from "./primitives/shape.ts";
import { sliceInDim } from "./slicing.ts";
import { npConst } from "../transforms/ad/rules.ts";

type Combine = (a: Value, b: Value) => Value;

export function associativeScan(fn: Combine, elems: Value, axis: number, reverse: boolean): Value {
  const rev = (x: Value): Value => bind1(revP, [x], { dimensions: [axis] });
  const slice = (x: Value, start: number, limit: number | null, stride = 1): Value =>
    sliceInDim(x, start, limit, stride, axis);
  const scan = (x: Value): Value => {
    const n = x.aval.shape[axis];
    if (n < 2) return x;
    const reduced = fn(slice(x, 0, -1, 2), slice(x, 1, null, 2));
    const odd = scan(reduced);
    const even = n % 2 === 0 ? fn(slice(odd, 0, -1), slice(x, 2, null, 2)) : fn(odd, slice(x, 2, null, 2));
    const withFirst = bind1(concatenateP, [slice(x, 0, 1), even], { dimension: axis });
    return interleave(withFirst, odd, axis);
  };
  const out = scan(reverse ? rev(elems) : elems);
  return reverse ? rev(out) : out;
}

/** `_interleave(a, b, axis)`: a's elements at even positions, b's at odd ones. */
function interleave(a: Value, b: Value, axis: number): Value {
  const same = a.aval.shape[axis] === b.aval.shape[axis];
  const config = (lo: number, hi: number): PadConfigEntry[] =>
    a.aval.shape.map((_d, i): PadConfigEntry => (i === axis ? [lo, hi, 1] : [0, 0, 0]));
  const pa = bind1(padP, [a, npConst(a, 0)], { padding_config: config(0, same ? 1 : 0) });
  const pb = bind1(padP, [b, npConst(b, 0)], { padding_config: config(1, same ? 0 : 1) });
  return a.aval.dtype === "bool" ? lax.bitwiseOr(pa, pb) : lax.add(pa, pb);
}
