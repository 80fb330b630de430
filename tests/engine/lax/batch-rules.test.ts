// The shared batching helpers: moving and inserting batch axes, numpy-int dims, and the generic rules.
import { describe, expect, it } from "vitest";
import { ShapedArray } from "../../../engine/core/aval.ts";
import { pyRepr } from "../../../engine/core/pyrepr.ts";
import { traceToJaxpr } from "../../../engine/core/staging.ts";
import { ArrayValue, type Value } from "../../../engine/core/values.ts";
import { printJaxpr } from "../../../engine/ir/print-jaxpr.ts";
import {
  bdimAtFront,
  broadcastBatched,
  broadcastBatcher,
  concatDims,
  insertDim,
  moveaxis,
  npAdd,
  reducerBatcher,
  vectorizedBatcher,
} from "../../../engine/lax/primitives/batch-rules.ts";
import { addP, sinP } from "../../../engine/lax/primitives/elementwise.ts";
import { reduceSumP } from "../../../engine/lax/primitives/reduce.ts";

const f32 = (...shape: number[]): ShapedArray => new ShapedArray(shape, "float32");
const iota = (...shape: number[]): ArrayValue =>
  ArrayValue.fromNumbers(
    f32(...shape),
    Array.from({ length: shape.reduce((a, b) => a * b, 1) }, (_, i) => i),
  );
const data = (v: Value): number[] => Array.from((v as ArrayValue).data as ArrayLike<number>);

describe("numpy-int dims", () => {
  it("print as numpy ints where JAX computed them with numpy", () => {
    expect(pyRepr(npAdd(1, [0, 2]))).toBe("(np.int64(1), np.int64(3))");
    expect(pyRepr(concatDims([0], npAdd(1, [0])))).toBe("(0, np.int64(1))");
    expect(pyRepr(insertDim(npAdd(1, [1]), 0, 5))).toBe("(5, np.int64(2))");
    expect(pyRepr(insertDim([3, 4], 1, 0))).toBe("(3, 0, 4)");
  });
});

describe("moveaxis", () => {
  it("is a transpose taking src to dst", () => {
    const out = moveaxis(iota(2, 3), 0, 1);
    expect(out.aval.shape).toEqual([3, 2]);
    expect(data(out)).toEqual([0, 3, 1, 4, 2, 5]);
  });

  it("is the identity when src is dst", () => {
    const x = iota(2, 3);
    expect(moveaxis(x, 1, 1)).toBe(x);
  });
});

describe("broadcastBatched", () => {
  it("inserts the batch axis with broadcast_dimensions from np.delete, as JAX prints them", () => {
    const j = traceToJaxpr((x) => [broadcastBatched(x, 1, 0)], [f32(3)]);
    expect(printJaxpr(j)).toContain("broadcast_in_dim[broadcast_dimensions=(np.int64(1),)] a");
    expect(j.outAvals[0].shape).toEqual([1, 3]);
  });

  it("bdimAtFront broadcasts an unbatched value and moves a batched one", () => {
    expect(bdimAtFront(iota(3), null, 4).aval.shape).toEqual([4, 3]);
    expect(bdimAtFront(iota(3, 4), 1, 4).aval.shape).toEqual([4, 3]);
  });
});

describe("generic rules", () => {
  it("vectorized: the output is batched where the operand is", () => {
    const [outs, dims] = vectorizedBatcher(sinP, [iota(2, 3)], [1], {});
    expect(dims).toEqual([1]);
    expect(outs[0].aval.shape).toEqual([2, 3]);
  });

  it("broadcasting: agreeing dims go straight through", () => {
    const [outs, dims] = broadcastBatcher(addP, [iota(2, 3), iota(2, 3)], [1, 1], {});
    expect(dims).toEqual([1]);
    expect(data(outs[0])).toEqual([0, 2, 4, 6, 8, 10]);
  });

  it("broadcasting: other dims move to the front, unbatched operands get a size-1 axis", () => {
    const x = iota(3, 2);
    const v = iota(3);
    const [outs, dims] = broadcastBatcher(addP, [x, v], [1, null], {});
    expect(dims).toEqual([0]);
    expect(outs[0].aval.shape).toEqual([2, 3]);
    expect(data(outs[0])).toEqual([0, 3, 6, 1, 4, 7]);
  });

  it("broadcasting: a batched operand of lower rank gets trailing size-1 axes", () => {
    const [outs, dims] = broadcastBatcher(addP, [iota(2, 3), iota(2)], [0, 0], {});
    expect(dims).toEqual([0]);
    expect(data(outs[0])).toEqual([0, 1, 2, 4, 5, 6]);
  });

  it("reducer: reduced axes skip the batch axis, which is renumbered", () => {
    const [outs, dims] = reducerBatcher(reduceSumP, [iota(2, 3, 4)], [1], { axes: [1], out_sharding: null });
    expect(outs[0].aval.shape).toEqual([2, 3]);
    expect(dims).toEqual([1]);
  });
});
