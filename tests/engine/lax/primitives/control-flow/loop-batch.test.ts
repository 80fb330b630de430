import { describe, expect, it } from "vitest";
import * as lax from "../../../../../engine/lax/lax.ts";
import { scanBatch, whileBatch } from "../../../../../engine/lax/primitives/control-flow/loop-batch.ts";
import { array, f32, i32, numbers, scalar, traced } from "./helpers.ts";

const axis = { size: 2, name: null };

describe("scanBatch", () => {
  // carry, x -> (carry + x, carry * x)
  const jaxpr = traced((c, x) => [lax.add(c, x), lax.mul(c, x)], [f32(), f32()]);
  const p = { jaxpr, length: 3, num_carry: 1, num_consts: 0, reverse: false, unroll: 1 };

  it("batches the carry once the xs are batched, ys batched along axis 1", () => {
    const xs = array([1, 2, 3, 4, 5, 6], [2, 3]);
    const [[carry, ys], dims] = scanBatch([scalar(0), xs], [null, 0], p, axis);
    expect(dims).toEqual([0, 1]);
    expect(numbers(carry)).toEqual([6, 15]);
    expect(ys.aval.shape).toEqual([3, 2]);
    expect(numbers(ys)).toEqual([0, 0, 2, 20, 9, 54]);
  });
});

describe("whileBatch", () => {
  const cond = traced((n, c) => [lax.lt(c, n)], [i32(), i32()]);
  const body = traced((c) => [lax.add(c, scalar(1, "int32"))], [i32()]);
  const p = { cond_jaxpr: cond, cond_nconsts: 1, body_jaxpr: body, body_nconsts: 0 };

  it("runs a batched predicate until every element stops, each keeping its own carry", () => {
    const [[out], dims] = whileBatch([array([1, 4], [2], "int32"), scalar(0, "int32")], [0, null], p, axis);
    expect(dims).toEqual([0]);
    expect(numbers(out)).toEqual([1, 4]);
  });

  it("keeps an unbatched predicate scalar, the carry batched at 0", () => {
    const [[out], dims] = whileBatch([scalar(3, "int32"), array([0, 1], [2], "int32")], [null, 0], p, axis);
    expect(dims).toEqual([0]);
    expect(numbers(out)).toEqual([3, 3]);
  });
});
