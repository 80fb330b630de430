import { describe, expect, it } from "vitest";
import { traceToJaxpr } from "../../../../../engine/core/staging.ts";
import * as lax from "../../../../../engine/lax/lax.ts";
import { condBatch } from "../../../../../engine/lax/primitives/control-flow/cond-batch.ts";
import { array, f32, i32, numbers, traced } from "./helpers.ts";

const branches = [traced((x) => [lax.neg(x)], [f32()]), traced((x) => [lax.mul(x, x)], [f32()])];
const axis = { size: 3, name: null };

describe("condBatch", () => {
  it("keeps the cond for an unbatched index, its branches batched", () => {
    const j = traceToJaxpr(
      (i, x) => [...condBatch([i, x], [null, 0], { branches }, axis)[0]],
      [i32(), f32([3])],
    );
    expect(j.jaxpr.eqns.map((e) => e.primitive)).toEqual(["cond"]);
    expect(String(j.jaxpr.outvars[0].aval)).toBe("float32[3]");
  });

  it("runs every branch and selects for a batched index", () => {
    const j = traceToJaxpr(
      (i, x) => [...condBatch([i, x], [0, null], { branches }, axis)[0]],
      [i32([3]), f32()],
    );
    const prims = j.jaxpr.eqns.map((e) => e.primitive);
    expect(prims).not.toContain("cond");
    expect(prims.at(-1)).toBe("select_n");
  });

  it("gives each element the result of its own branch", () => {
    const [outs, dims] = condBatch(
      [array([0, 1, 1], [3], "int32"), array([2, 3, -4])],
      [0, 0],
      { branches },
      axis,
    );
    expect(dims).toEqual([0]);
    expect(numbers(outs[0])).toEqual([-2, 9, 16]);
  });
});
