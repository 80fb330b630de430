import { describe, expect, test } from "vitest";
import { ShapedArray } from "../../../../engine/core/aval.ts";
import { traceToJaxpr } from "../../../../engine/core/staging.ts";
import { Zero } from "../../../../engine/core/tangents.ts";
import * as lax from "../../../../engine/lax/lax.ts";
import { backwardPass, CotangentAccum } from "../../../../engine/transforms/ad/transpose.ts";
import { f32, numbers } from "./helpers.ts";

const vec = new ShapedArray([3], "float32");

describe("backwardPass", () => {
  test("accumulates the cotangents of a linear input used twice", () => {
    // y = 2*x + neg(x), so x's cotangent is 2*ct - ct.
    const j = traceToJaxpr((x) => [lax.add(lax.mul(f32([2, 2, 2]), x), lax.neg(x))], [vec]);
    const acc = new CotangentAccum(vec);
    backwardPass(j.jaxpr, j.consts, [acc], [f32([1, 2, 3])]);
    expect(numbers(acc.freeze() as never)).toEqual([1, 2, 3]);
  });

  test("a zero output cotangent leaves the inputs' cotangents symbolically zero", () => {
    const j = traceToJaxpr((x) => [lax.neg(x)], [vec]);
    const acc = new CotangentAccum(vec);
    backwardPass(j.jaxpr, j.consts, [acc], [new Zero(vec)]);
    expect(acc.freeze()).toBeInstanceOf(Zero);
  });

  test("a primitive without a transpose rule is named in a 'not supported' error", () => {
    const j = traceToJaxpr((x) => [lax.sin(x)], [vec]);
    expect(() => backwardPass(j.jaxpr, j.consts, [new CotangentAccum(vec)], [f32([1, 1, 1])])).toThrow(
      "Traceur does not support transposition (reverse-mode differentiation) of the primitive sin yet.",
    );
  });
});
