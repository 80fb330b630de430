// lax.top_k's kernel: along any axis, ties in index order, NaN as the largest value.
import { describe, expect, test } from "vitest";
import "../../../../engine/register.ts";
import { ShapedArray } from "../../../../engine/core/aval.ts";
import { ArrayValue } from "../../../../engine/core/values.ts";
import { topK, topKP } from "../../../../engine/lax/primitives/top-k.ts";
import { Zero } from "../../../../engine/core/tangents.ts";

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

describe("top_k's rules", () => {
  test("batching shifts the axis past a batch axis before it", () => {
    // Batched along axis 1 of [2, 3]: three examples of two entries; top_k of each along its only axis.
    const x = f32([2, 3], [1, 5, 3, 2, 2, 9]);
    const [[values, indices], dims] = topKP.rules.batch!(
      [x],
      [1],
      { k: 1, axis: 0 },
      { size: 3, name: null },
    );
    expect(dims).toEqual([1, 1]);
    expect(values.aval.strShort()).toBe("f32[1,3]");
    expect(data(values)).toEqual([2, 5, 9]);
    expect(data(indices)).toEqual([1, 0, 1]);
  });

  test("the tangent of the values is the input tangent at the winners, lane by lane", () => {
    const x = f32([2, 3], [1, 5, 3, 2, 2, 9]);
    const t = f32([2, 3], [10, 20, 30, 40, 50, 60]);
    const [[values], [tValues, tIndices]] = topKP.rules.jvp!([x], [t], { k: 2, axis: 1 });
    expect(data(values)).toEqual([5, 3, 9, 2]);
    expect(data(tValues as ArrayValue)).toEqual([20, 30, 60, 40]);
    expect(tIndices).toBeInstanceOf(Zero);
  });
});
