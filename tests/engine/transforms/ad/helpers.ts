// Small helpers for the autodiff tests: scalars and arrays in, numbers out.
import { ShapedArray } from "../../../../engine/core/aval.ts";
import { ArrayValue, type Value } from "../../../../engine/core/values.ts";
// Every lax primitive registered, as in the app (autodiff rules look some up by name).
import "../../../../engine/register.ts";

export function f32(values: number[], shape: number[] = [values.length]): ArrayValue {
  return ArrayValue.fromNumbers(new ShapedArray(shape, "float32"), values);
}

export function scalar(v: number): ArrayValue {
  return ArrayValue.fromNumbers(new ShapedArray([], "float32"), [v]);
}

export function numbers(v: Value): number[] {
  if (!(v instanceof ArrayValue)) throw new Error("expected a concrete array");
  return Array.from(v.data as ArrayLike<number>);
}
