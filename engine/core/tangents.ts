// The symbolic values of autodiff (jax/_src/ad_util.py, interpreters/ad.py), used by the `jvp` and
// `transpose` rules of each primitive.
import type { ShapedArray } from "./aval.ts";
import type { Value } from "./values.ts";

/** A tangent or cotangent known to be zero: no value is computed for it (JAX's `ad_util.Zero`). */
export class Zero {
  readonly aval: ShapedArray;
  constructor(aval: ShapedArray) {
    this.aval = aval;
  }
}

/** A linear input of a transposed equation: its value is unknown, only its type is (JAX's `UndefinedPrimal`). */
export class UndefinedPrimal {
  readonly aval: ShapedArray;
  constructor(aval: ShapedArray) {
    this.aval = aval;
  }
}

export type Tangent = Value | Zero;
export type LinearArg = Value | UndefinedPrimal;

export const isZero = (t: Tangent | null | undefined): t is Zero => t instanceof Zero;
export const isUndefined = (x: LinearArg): x is UndefinedPrimal => x instanceof UndefinedPrimal;

/** A tracer of an autodiff trace, carrying a primal value (JAX's JVPTracer and LinearizeTracer). */
export interface DualValue {
  readonly primal: Value;
}

export function isDual(x: unknown): x is DualValue {
  return typeof x === "object" && x !== null && "primal" in x;
}
