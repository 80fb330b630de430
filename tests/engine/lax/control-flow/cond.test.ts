import { describe, expect, it } from "vitest";
import { traceToJaxpr } from "../../../../engine/core/staging.ts";
import type { Value } from "../../../../engine/core/values.ts";
import { printJaxpr } from "../../../../engine/ir/print-jaxpr.ts";
import { bindCond, condIndex, switchIndex } from "../../../../engine/lax/control-flow/cond.ts";
import * as lax from "../../../../engine/lax/lax.ts";
import { array, f32, numbers, scalar, traced } from "../primitives/control-flow/helpers.ts";

describe("bindCond", () => {
  it("evaluates the chosen branch eagerly", () => {
    const branches = [traced((x) => [lax.neg(x)], [f32()]), traced((x) => [lax.mul(x, x)], [f32()])];
    const run = (p: boolean) =>
      numbers(bindCond(condIndex(scalar(p ? 1 : 0, "bool")), branches, [scalar(4)])[0]);
    expect(run(true)).toEqual([16]);
    expect(run(false)).toEqual([-4]);
  });

  it("passes the branches' consts as leading operands, shared when they are the same value", () => {
    const w = array([1, 2]);
    const v = array([3, 4]);
    const staged = traceToJaxpr(
      (p: Value, x: Value) => {
        const branches = [
          traced((a) => [lax.mul(a, w)], [f32([2])]),
          traced((a) => [lax.add(lax.mul(a, w), v)], [f32([2])]),
        ];
        return bindCond(condIndex(p), branches, [x]);
      },
      [scalar(0, "bool").aval, f32([2])],
    );
    const cond = staged.jaxpr.eqns[staged.jaxpr.eqns.length - 1];
    expect(cond.primitive).toBe("cond");
    // index, w, v, x
    expect(cond.inputs.length).toBe(4);
    expect(staged.consts).toEqual([w, v]);
  });

  it("leaves outputs that every branch forwards from the same input out of the cond", () => {
    const branches = [
      traced((a, b) => [a, lax.neg(b)], [f32(), f32()]),
      traced((a, b) => [a, lax.mul(b, b)], [f32(), f32()]),
    ];
    const x = scalar(5);
    const outs = bindCond(scalar(1, "int32"), branches, [x, scalar(3)]);
    expect(numbers(outs[0])).toEqual([5]);
    expect(numbers(outs[1])).toEqual([9]);
    for (const b of branches) expect(b.jaxpr.outvars.length).toBe(2);
  });

  it("clamps switch indices between numpy int32 literals", () => {
    const staged = traceToJaxpr((i: Value) => [switchIndex(i, 3)], [scalar(0, "int32").aval]);
    expect(printJaxpr(staged)).toContain("clamp 0:i32[] a 2:i32[]");
  });
});
