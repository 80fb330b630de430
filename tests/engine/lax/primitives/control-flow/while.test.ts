import { describe, expect, it } from "vitest";
import { bind } from "../../../../../engine/core/trace.ts";
import { ArrayValue } from "../../../../../engine/core/values.ts";
import * as lax from "../../../../../engine/lax/lax.ts";
import { whileP } from "../../../../../engine/lax/primitives/control-flow/while.ts";
import { f32, numbers, scalar, traced } from "./helpers.ts";

describe("while", () => {
  // while x < limit: x = x * 2 + step   (limit is a cond const, step a body const)
  const params = {
    cond_jaxpr: traced((limit, x) => [lax.lt(x, limit)], [f32(), f32()]),
    cond_nconsts: 1,
    body_jaxpr: traced((step, x) => [lax.add(lax.mul(x, scalar(2)), step)], [f32(), f32()]),
    body_nconsts: 1,
  };

  it("repeats the body while the cond holds", () => {
    expect(numbers(bind(whileP, [scalar(100), scalar(1), scalar(1)], params)[0])).toEqual([127]);
  });

  it("returns the carry untouched when the cond is false at once, with the body's output types", () => {
    const weak = ArrayValue.pythonScalar("float", 500);
    const [out] = bind(whileP, [scalar(100), scalar(1), weak], params);
    expect(numbers(out)).toEqual([500]);
    expect(out.aval.weakType).toBe(false);
  });
});
