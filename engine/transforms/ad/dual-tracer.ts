// What the JVP and linearize tracers share: a primal value and its tangent, the primal's type.
import type { ShapedArray } from "../../core/aval.ts";
import type { DualValue } from "../../core/tangents.ts";
import { ArrayValue, Tracer, type Value } from "../../core/values.ts";
import { jaxArrayStr } from "../../format/array-repr.ts";

export abstract class DualTracer extends Tracer implements DualValue {
  readonly primal: Value;
  readonly tangent: Value;
  constructor(primal: Value, tangent: Value) {
    super();
    this.primal = primal;
    this.tangent = tangent;
  }
  get aval(): ShapedArray {
    return this.primal.aval;
  }
}

/** How JAX shows a value inside a tracer's repr: a concrete array by its `str`, a tracer by its repr. */
export function shortRepr(v: Value): string {
  return v instanceof ArrayValue ? jaxArrayStr(v) : v.pyRepr();
}
