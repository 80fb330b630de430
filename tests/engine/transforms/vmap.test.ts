// vmap's begin/end halves: batching user functions, out_axes (matchaxis), errors and the trace stack.
import { describe, expect, it } from "vitest";
import { ShapedArray } from "../../../engine/core/aval.ts";
import type { EngineError } from "../../../engine/core/errors.ts";
import { definePrimitive } from "../../../engine/core/primitive.ts";
import { bind1, traceDepth } from "../../../engine/core/trace.ts";
import { ArrayValue, type Value } from "../../../engine/core/values.ts";
import * as lax from "../../../engine/lax/lax.ts";
import { reduceMonoid } from "../../../engine/lax/primitives/reduce.ts";
import { matchaxis, vmapAbort, vmapBegin, vmapEnd } from "../../../engine/transforms/vmap.ts";

const f32 = (shape: number[], values: number[]): ArrayValue =>
  ArrayValue.fromNumbers(new ShapedArray(shape, "float32"), values);
const iota = (shape: number[]): ArrayValue =>
  f32(
    shape,
    Array.from({ length: shape.reduce((a, b) => a * b, 1) }, (_, i) => i),
  );

/** vmap of `fn` over flat arguments batched along `dims`, with outputs moved to `outAxes`. */
function vmap(
  fn: (...args: Value[]) => Value[],
  args: Value[],
  dims: number[],
  outAxes: (number | null)[],
): Value[] {
  const [id, tracers] = vmapBegin(args, dims, args[0].aval.shape[dims[0]], null);
  try {
    return vmapEnd(id, fn(...tracers), outAxes, []);
  } catch (e) {
    vmapAbort(id);
    throw e;
  }
}

const data = (v: Value): number[] => Array.from((v as ArrayValue).data as ArrayLike<number>);

describe("vmap", () => {
  it("computes elementwise operations of batched and unbatched values", () => {
    const xs = iota([2, 3]);
    const v = f32([3], [10, 20, 30]);
    const [out] = vmap((x) => [lax.add(x, v)], [xs], [0], [0]);
    expect(out.aval.shape).toEqual([2, 3]);
    expect(data(out)).toEqual([10, 21, 32, 13, 24, 35]);
  });

  it("moves the output's batch axis to out_axes", () => {
    const [out] = vmap((x) => [lax.neg(x)], [iota([2, 3])], [0], [1]);
    expect(out.aval.shape).toEqual([3, 2]);
    expect(data(out)).toEqual([-0, -3, -1, -4, -2, -5]);
  });

  it("reduces each element of the batch", () => {
    const [out] = vmap((x) => [reduceMonoid(x, "sum", [0])], [iota([3, 2])], [1], [0]);
    expect(data(out)).toEqual([6, 9]);
  });

  it("broadcasts an output that does not depend on the batch", () => {
    const one = f32([], [1]);
    const [out] = vmap(() => [one], [iota([4])], [0], [0]);
    expect(out.aval.shape).toEqual([4]);
    expect(data(out)).toEqual([1, 1, 1, 1]);
  });

  it("nests: the inner vmap's rules bind on the outer batch trace", () => {
    const xs = iota([2, 3]);
    const [out] = vmap((row) => vmap((x) => [lax.mul(x, x)], [row], [0], [0]), [xs], [0], [0]);
    expect(out.aval.shape).toEqual([2, 3]);
    expect(data(out)).toEqual([0, 1, 4, 9, 16, 25]);
  });

  it("leaves the trace stack as it found it, also after an error", () => {
    const depth = traceDepth();
    expect(() =>
      vmap(
        () => {
          throw new Error("user code failed");
        },
        [iota([2])],
        [0],
        [0],
      ),
    ).toThrow("user code failed");
    expect(traceDepth()).toBe(depth);
  });

  it("refuses an escaped tracer as an output, leaving the trace stack as it was", () => {
    const depth = traceDepth();
    let escaped: Value | undefined;
    vmap(
      (x) => {
        escaped = x;
        return [x];
      },
      [iota([2])],
      [0],
      [0],
    );
    const [id] = vmapBegin([iota([2])], [0], 2, null);
    expect(() => vmapEnd(id, [escaped as Value], [0], [""])).toThrow("Encountered an unexpected tracer");
    expect(traceDepth()).toBe(depth);
  });

  it("says plainly that a primitive without a batching rule is not supported", () => {
    const noRule = definePrimitive<Record<string, never>>({
      name: "test_no_batch_rule",
      abstractEval: ([x]) => [x],
      cpu: ([x]) => [x],
    });
    expect(() => vmap((x) => [bind1(noRule, [x], {})], [iota([2])], [0], [0])).toThrow(
      "Traceur does not support vmap of the primitive test_no_batch_rule yet.",
    );
  });

  it("binds a primitive without a rule when none of its operands is batched", () => {
    const noRule = definePrimitive<Record<string, never>>({
      name: "test_unbatched_only",
      abstractEval: ([x]) => [x],
      cpu: ([x]) => [x],
    });
    const c = f32([], [5]);
    const [out] = vmap((x) => [lax.add(x, bind1(noRule, [c], {}))], [iota([2])], [0], [0]);
    expect(data(out)).toEqual([5, 6]);
  });
});

describe("matchaxis", () => {
  const axis = { size: 3, name: null };

  it("refuses an unbatched out_axes for a batched output, as JAX words it", () => {
    const err = (() => {
      try {
        matchaxis(axis, 0, null, iota([3]), "[1]");
      } catch (e) {
        return e as EngineError;
      }
      return undefined;
    })();
    expect(err?.pyType).toBe("ValueError");
    expect(err?.message).toBe("at vmap out_axes[1], got axis spec None but output was batched on axis 0");
  });

  it("checks out_axes against the rank", () => {
    expect(() => matchaxis(axis, 0, 2, iota([3, 2]))).toThrow(
      "axis 2 is out of bounds for array of dimension 2",
    );
  });

  it("inserts the batch axis where asked for an unbatched output", () => {
    const out = matchaxis(axis, null, -1, iota([2]));
    expect(out.aval.shape).toEqual([2, 3]);
    expect(data(out)).toEqual([0, 0, 0, 1, 1, 1]);
  });
});
