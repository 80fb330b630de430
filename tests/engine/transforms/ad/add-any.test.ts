import { describe, expect, test } from "vitest";
import { bind1 } from "../../../../engine/core/trace.ts";
import { UndefinedPrimal } from "../../../../engine/core/tangents.ts";
import { addAnyP } from "../../../../engine/transforms/ad/add-any.ts";
import { f32, numbers } from "./helpers.ts";

describe("add_any", () => {
  test("adds two tangents", () => {
    expect(numbers(bind1(addAnyP, [f32([1, 2]), f32([3, 4])], {}))).toEqual([4, 6]);
  });

  test("transposes to the cotangent, once per operand", () => {
    const ct = f32([1, 2]);
    const rule = addAnyP.rules.transpose;
    const u = new UndefinedPrimal(ct.aval);
    expect(rule?.([ct], [u, u], {})).toEqual([ct, ct]);
  });
});
