import { describe, expect, it } from "vitest";
import { bind } from "../../../../../engine/core/trace.ts";
import * as lax from "../../../../../engine/lax/lax.ts";
import { scanP } from "../../../../../engine/lax/primitives/control-flow/scan.ts";
import { array, f32, numbers, scalar, traced } from "./helpers.ts";

// carry, x -> (carry + x * k, carry)   with k a const
const jaxpr = traced((k, c, x) => [lax.add(c, lax.mul(x, k)), c], [f32(), f32([2]), f32([2])]);
const params = { jaxpr, length: 3, num_carry: 1, num_consts: 1, reverse: false, unroll: 1 };

describe("scan", () => {
  it("stacks the ys along a new leading axis of the scan's length", () => {
    const avals = scanP.rules.abstractEval([f32(), f32([2]), f32([3, 2])], params);
    expect(avals.map(String)).toEqual(["float32[2]", "float32[3,2]"]);
  });

  it("threads the carry through the rows of xs", () => {
    const xs = array([1, 2, 3, 4, 5, 6], [3, 2]);
    const [carry, ys] = bind(scanP, [scalar(10), array([0, 0]), xs], params);
    expect(numbers(carry)).toEqual([90, 120]);
    expect(numbers(ys)).toEqual([0, 0, 10, 20, 40, 60]);
  });

  it("walks the rows backwards when reversed, keeping ys in place", () => {
    const xs = array([1, 2, 3, 4, 5, 6], [3, 2]);
    const [carry, ys] = bind(scanP, [scalar(1), array([0, 0]), xs], { ...params, reverse: true });
    expect(numbers(carry)).toEqual([9, 12]);
    expect(numbers(ys)).toEqual([8, 10, 5, 6, 0, 0]);
  });

  it("returns the initial carry and empty ys for a length of 0", () => {
    const [carry, ys] = bind(scanP, [scalar(1), array([7, 8]), array([], [0, 2])], { ...params, length: 0 });
    expect(numbers(carry)).toEqual([7, 8]);
    expect(ys.aval.shape).toEqual([0, 2]);
  });
});
