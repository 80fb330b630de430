import { describe, expect, it } from "vitest";
import { Var } from "../../../../../engine/ir/jaxpr.ts";
import * as lax from "../../../../../engine/lax/lax.ts";
import {
  dceJaxpr,
  forwardedInputs,
  mergeCommonConsts,
  moveBindersToFront,
  pruneOutputs,
  separateConsts,
} from "../../../../../engine/lax/primitives/control-flow/jaxpr-surgery.ts";
import { jitted } from "../../../../../engine/transforms/jit.ts";
import { array, f32, traced } from "./helpers.ts";

const w = array([1, 2]);
const v = array([3, 4]);

describe("jaxpr surgery", () => {
  it("separateConsts turns constvars into leading invars, the same object each time", () => {
    const j = traced((x) => [lax.mul(x, w)], [f32([2])]);
    const { jaxpr, consts } = separateConsts(j);
    expect(consts).toEqual([w]);
    expect(jaxpr.jaxpr.constvars).toEqual([]);
    expect(jaxpr.jaxpr.invars).toEqual([...j.jaxpr.constvars, ...j.jaxpr.invars]);
    expect(separateConsts(j).jaxpr).toBe(jaxpr);
  });

  it("mergeCommonConsts gives every branch binders for all consts, one per distinct value", () => {
    const a = separateConsts(traced((x) => [lax.add(lax.mul(x, w), v)], [f32([2])]));
    const b = separateConsts(traced((x) => [lax.mul(x, w)], [f32([2])]));
    const merged = mergeCommonConsts([a.jaxpr, b.jaxpr], [a.consts, b.consts]);
    expect(merged.consts).toEqual([w, v]);
    for (const j of merged.jaxprs) expect(j.jaxpr.invars.length).toBe(3);
    // The second branch's own binder for w was merged into the first binder.
    const bMul = merged.jaxprs[1].jaxpr.eqns[0];
    expect(bMul.inputs[1]).toBe(merged.jaxprs[1].jaxpr.invars[0]);
  });

  it("forwardedInputs finds outputs that are inputs, also through a jit call", () => {
    const j = traced((x, y) => [y, lax.neg(x), x], [f32(), f32()]);
    expect(forwardedInputs(j.jaxpr)).toEqual([1, null, 0]);
    const swap = jitted("swap", ([a, b]) => [b, lax.neg(a)]);
    const k = traced((x, y) => swap([x, y]), [f32(), f32()]);
    expect(k.jaxpr.eqns.map((e) => e.primitive)).toEqual(["jit"]);
    expect(forwardedInputs(k.jaxpr)).toEqual([1, null]);
  });

  it("pruneOutputs and moveBindersToFront keep the equations and reorder binders", () => {
    const j = traced((x, y) => [lax.add(x, y), y], [f32(), f32()]);
    expect(pruneOutputs(j, [true, false]).jaxpr.outvars).toEqual([j.jaxpr.outvars[0]]);
    expect(pruneOutputs(j, [true, true])).toBe(j);
    const moved = moveBindersToFront(j, [false, true]);
    expect(moved.jaxpr.invars).toEqual([j.jaxpr.invars[1], j.jaxpr.invars[0]]);
  });

  it("dceJaxpr drops dead equations and unread inputs unless told to keep them", () => {
    const j = traced((x, y) => [lax.lt(x, x), lax.neg(y)], [f32(), f32()]);
    const { jaxpr, usedInputs } = dceJaxpr(j.jaxpr, [true, false], [false, false]);
    expect(usedInputs).toEqual([true, false]);
    expect(jaxpr.eqns.map((e) => e.primitive)).toEqual(["lt"]);
    expect(jaxpr.invars.every((x) => x instanceof Var)).toBe(true);
    expect(dceJaxpr(j.jaxpr, [true, false], [false, true]).usedInputs).toEqual([true, true]);
  });
});
