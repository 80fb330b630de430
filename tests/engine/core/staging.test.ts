import { describe, expect, test } from "vitest";
import { ShapedArray } from "../../../engine/core/aval.ts";
import { traceToJaxpr } from "../../../engine/core/staging.ts";
import { bind1 } from "../../../engine/core/trace.ts";
import { ArrayValue } from "../../../engine/core/values.ts";
import { Literal } from "../../../engine/ir/jaxpr.ts";
import { broadcastInDimP } from "../../../engine/lax/primitives/broadcast.ts";

const scalar = new ShapedArray([], "float32");
const noOp = { shape: [], broadcast_dimensions: [], sharding: null };

describe("StagingTrace forwarding (JAX's _broadcast_in_dim_fwd_rule)", () => {
  test("a broadcast of a literal to its own shape stages nothing and stands for the literal", () => {
    const zero = ArrayValue.fromNumbers(scalar, [0], "numpy");
    const j = traceToJaxpr((x) => [x, bind1(broadcastInDimP, [zero], noOp)], [scalar]);
    expect(j.jaxpr.eqns).toHaveLength(0);
    expect(j.jaxpr.outvars[1]).toBeInstanceOf(Literal);
  });

  test("a broadcast of a traced value to its own shape is that value", () => {
    const j = traceToJaxpr((x) => [bind1(broadcastInDimP, [x], noOp)], [scalar]);
    expect(j.jaxpr.eqns).toHaveLength(0);
    expect(j.jaxpr.outvars[0]).toBe(j.jaxpr.invars[0]);
  });

  test("a real broadcast is staged", () => {
    const j = traceToJaxpr(
      (x) => [bind1(broadcastInDimP, [x], { shape: [3], broadcast_dimensions: [], sharding: null })],
      [scalar],
    );
    expect(j.jaxpr.eqns.map((e) => e.primitive)).toEqual(["broadcast_in_dim"]);
  });
});
