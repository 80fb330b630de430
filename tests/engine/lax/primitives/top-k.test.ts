// lax.top_k's kernel: along any axis, ties in index order, NaN as the largest value.
import { describe, expect, test } from "vitest";
import "../../../../engine/register.ts";
import { ShapedArray } from "../../../../engine/core/aval.ts";
import { ArrayValue } from "../../../../engine/core/values.ts";
import { topK } from "../../../../engine/lax/primitives/top-k.ts";

const f32 = (shape: number[], values: number[]) =>
  ArrayValue.fromNumbers(new ShapedArray(shape, "float32"), values);
const data = (v: unknown) => Array.from((v as ArrayValue).data);

describe("top_k", () => {
  test("the k largest along the last axis, equal values in index order", () => {
    const [values, indices] = topK(f32([2, 3], [1, 5, 3, 2, 2, 9]), 2);
    expect(values.aval.strShort()).toBe("f32[2,2]");
    expect(data(values)).toEqual([5, 3, 9, 2]);
    expect(data(indices)).toEqual([1, 2, 2, 0]);
  });

  test("along a middle axis", () => {
    // x[i, j, l] = 10 * j + l for i < 2, j < 3, l < 2: the top 2 along axis 1 are rows 2 then 1.
    const x = f32([2, 3, 2], [0, 1, 10, 11, 20, 21, 0, 1, 10, 11, 20, 21]);
    const [values, indices] = topK(x, 2, 1);
    expect(data(values)).toEqual([20, 21, 10, 11, 20, 21, 10, 11]);
    expect(data(indices)).toEqual([2, 2, 1, 1, 2, 2, 1, 1]);
  });

  test("NaN first, -inf last", () => {
    const [values, indices] = topK(f32([5], [1, NaN, 3, -Infinity, 3]), 5);
    expect(data(values)).toEqual([NaN, 3, 3, 1, -Infinity]);
    expect(data(indices)).toEqual([1, 2, 4, 0, 3]);
  });

  test("JAX's errors", () => {
    expect(() => topK(f32([2, 3], [1, 2, 3, 4, 5, 6]), 4)).toThrow(
      "k argument to top_k must be no larger than size along axis; got k=4 with shape=[2, 3] and axis=1",
    );
    expect(() => topK(f32([3], [1, 2, 3]), -1)).toThrow("k argument to top_k must be nonnegative, got -1");
  });
});
