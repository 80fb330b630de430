// batch_jaxpr for control flow rules: inputs batched at 0, outputs moved (or broadcast) to 0 on request.
import { describe, expect, it } from "vitest";
import { ShapedArray } from "../../../engine/core/aval.ts";
import { evalClosedJaxpr } from "../../../engine/core/eval.ts";
import { traceToJaxpr } from "../../../engine/core/staging.ts";
import { ArrayValue } from "../../../engine/core/values.ts";
import * as lax from "../../../engine/lax/lax.ts";
import { transpose } from "../../../engine/lax/primitives/shape.ts";
import { batchJaxprAxes, batchJaxprInstantiate } from "../../../engine/transforms/batch-jaxpr.ts";

const f32 = (...shape: number[]): ShapedArray => new ShapedArray(shape, "float32");
const axis = { size: 2, name: null };
// (x, c) -> (sin x, c * 2): the second output depends only on the second input.
const jaxpr = traceToJaxpr((x, c) => [lax.sin(x), lax.mul(c, c)], [f32(3), f32()]);

describe("batchJaxprInstantiate", () => {
  it("batches outputs at 0 only where they depend on batched inputs", () => {
    const b = batchJaxprInstantiate(jaxpr, [true, false], false, axis);
    expect(b.outBatched).toEqual([true, false]);
    expect(b.jaxpr.inAvals.map((a) => a.shape)).toEqual([[2, 3], []]);
    expect(b.jaxpr.outAvals.map((a) => a.shape)).toEqual([[2, 3], []]);
  });

  it("broadcasts an unbatched output that must be batched", () => {
    const b = batchJaxprInstantiate(jaxpr, [true, false], true, axis);
    expect(b.outBatched).toEqual([true, true]);
    expect(b.jaxpr.outAvals[1].shape).toEqual([2]);
    const x = ArrayValue.fromNumbers(f32(2, 3), [0, 0, 0, 0, 0, 0]);
    const c = ArrayValue.fromNumbers(f32(), [3]);
    const [, out] = evalClosedJaxpr(b.jaxpr, [x, c]);
    expect(Array.from((out as ArrayValue).data as ArrayLike<number>)).toEqual([9, 9]);
  });

  it("is cached per jaxpr and batching", () => {
    expect(batchJaxprInstantiate(jaxpr, [true, false], false, axis).jaxpr).toBe(
      batchJaxprInstantiate(jaxpr, [true, false], false, axis).jaxpr,
    );
  });
});

describe("batchJaxprAxes", () => {
  it("moves a batched output to the requested axis", () => {
    const t = traceToJaxpr((x) => [transpose(x, [1, 0])], [f32(3, 4)]);
    const b = batchJaxprAxes(t, [0], [2], axis);
    expect(b.jaxpr.outAvals[0].shape).toEqual([4, 3, 2]);
    expect(b.outBatched).toEqual([true]);
  });
});
