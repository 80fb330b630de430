import { describe, expect, it } from "vitest";
import { ArrayValue } from "../../../engine/core/values.ts";
import * as lax from "../../../engine/lax/lax.ts";
import { controlFlowBridge } from "../../../engine/python/control-flow-bridge.ts";
import { f32, i32, scalar, traced } from "../lax/primitives/control-flow/helpers.ts";

const bridge = controlFlowBridge();

describe("control flow bridge", () => {
  it("describes a traced function's outputs as JAX's checks need them", () => {
    const j = traced((x) => [lax.neg(x), lax.lt(x, x)], [f32([2])]);
    expect(bridge.outTypes(j)).toEqual([
      [[2], "float32", false, "float32[2]"],
      [[2], "bool", false, "bool[2]"],
    ]);
  });

  it("promotes a weak initial carry whose type differs from the body's output, and only that one", () => {
    const body = traced((c, d) => [lax.add(c, scalar(1.5)), d], [f32(), i32()]);
    const weakInt = ArrayValue.pythonScalar("int", 0);
    const strongInt = scalar(2, "int32");
    const [values, changed] = bridge.promoteWeakCarry([weakInt, strongInt], body);
    expect(changed).toEqual([true, false]);
    expect(values[0].aval.dtype).toBe("float32");
    expect(values[1]).toBe(strongInt);
  });

  it("makes numpy-like constants of a value's dtype", () => {
    const one = bridge.constLike(scalar(3, "int32"), 1);
    expect([one.aval.dtype, one.aval.weakType, one.origin]).toEqual(["int32", false, "numpy"]);
  });
});
