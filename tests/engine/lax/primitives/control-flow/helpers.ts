// Small builders shared by the control-flow tests: float32 arrays and traced bodies.
import { ShapedArray } from "../../../../../engine/core/aval.ts";
import { traceToJaxpr } from "../../../../../engine/core/staging.ts";
import { ArrayValue, type Value } from "../../../../../engine/core/values.ts";
import type { ClosedJaxpr } from "../../../../../engine/ir/jaxpr.ts";

export const f32 = (shape: number[] = []): ShapedArray => new ShapedArray(shape, "float32");
export const i32 = (shape: number[] = []): ShapedArray => new ShapedArray(shape, "int32");

export function array(
  values: number[],
  shape: number[] = [values.length],
  dtype: "float32" | "int32" = "float32",
) {
  return ArrayValue.fromNumbers(new ShapedArray(shape, dtype), values);
}

export const scalar = (v: number, dtype: "float32" | "int32" | "bool" = "float32"): ArrayValue =>
  ArrayValue.fromNumbers(new ShapedArray([], dtype), [v]);

export function traced(fn: (...args: Value[]) => Value[], avals: ShapedArray[]): ClosedJaxpr {
  return traceToJaxpr(fn, avals);
}

export const numbers = (v: Value): number[] => Array.from((v as ArrayValue).data);
