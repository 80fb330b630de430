// The batching trace: tracers, rule dispatch through BatchTrace, batched jaxprs and subtraces.
import { describe, expect, it } from "vitest";
import { ShapedArray } from "../../../engine/core/aval.ts";
import { traceToJaxpr } from "../../../engine/core/staging.ts";
import { currentTrace } from "../../../engine/core/trace.ts";
import { ArrayValue, type Value } from "../../../engine/core/values.ts";
import * as lax from "../../../engine/lax/lax.ts";
import { BatchTrace, BatchTracer, batchJaxpr, batchSubtrace } from "../../../engine/transforms/batching.ts";
import { vmapAbort, vmapBegin, vmapEnd } from "../../../engine/transforms/vmap.ts";

const f32 = (shape: number[], values: number[]): ArrayValue =>
  ArrayValue.fromNumbers(new ShapedArray(shape, "float32"), values);
const iota = (shape: number[]): ArrayValue =>
  f32(
    shape,
    Array.from({ length: shape.reduce((a, b) => a * b, 1) }, (_, i) => i),
  );

const data = (v: Value): number[] => Array.from((v as ArrayValue).data as ArrayLike<number>);

describe("BatchTracer", () => {
  it("has the aval of one element of the batch", () => {
    const [id, [t]] = vmapBegin([iota([2, 3, 4])], [1], 3, null);
    expect(t).toBeInstanceOf(BatchTracer);
    expect(t.aval.shape).toEqual([2, 4]);
    expect((t as BatchTracer).batchDim).toBe(1);
    vmapEnd(id, [t], [1], [""]);
  });

  it("is unwrapped only by its own trace", () => {
    const [outer, [t]] = vmapBegin([iota([2, 3])], [0], 2, null);
    const inner = currentTrace() as BatchTrace;
    expect(inner.unwrap(t)[1]).toBe(0);
    const [innerId] = vmapBegin([iota([4])], [0], 4, null);
    expect((currentTrace() as BatchTrace).unwrap(t)).toEqual([t, null]);
    vmapAbort(innerId);
    vmapAbort(outer);
  });
});

describe("batchJaxpr", () => {
  const aval = new ShapedArray([3], "float32");
  const jaxpr = traceToJaxpr((x) => [lax.sin(x)], [aval]);
  const axis = { size: 2, name: null };

  it("batches the inputs where they are and reports where the outputs are batched", () => {
    const b = batchJaxpr(jaxpr, [1], axis);
    expect(b.jaxpr.inAvals[0].shape).toEqual([3, 2]);
    expect(b.outDims).toEqual([1]);
  });

  it("returns the same jaxpr for the same batching, as JAX's cache does", () => {
    expect(batchJaxpr(jaxpr, [0], axis).jaxpr).toBe(batchJaxpr(jaxpr, [0], axis).jaxpr);
    expect(batchJaxpr(jaxpr, [0], axis).jaxpr).not.toBe(batchJaxpr(jaxpr, [1], axis).jaxpr);
  });
});

describe("batchSubtrace", () => {
  it("returns unbatched outputs with a null dim", () => {
    const c = f32([], [2]);
    const [outs, dims] = batchSubtrace((xs) => [lax.mul(xs[0], xs[0]), c], [iota([2])], [0], {
      size: 2,
      name: null,
    });
    expect(dims).toEqual([0, null]);
    expect(data(outs[0])).toEqual([0, 1]);
    expect(outs[1]).toBe(c);
  });
});
