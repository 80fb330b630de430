import { describe, expect, test } from "vitest";
import { ShapedArray } from "../../../../engine/core/aval.ts";
import { traceToJaxpr } from "../../../../engine/core/staging.ts";
import { ArrayValue } from "../../../../engine/core/values.ts";
import { Literal } from "../../../../engine/ir/jaxpr.ts";
import { addTangents, npConst, unbroadcast, zerosLikeAval } from "../../../../engine/transforms/ad/rules.ts";
import { Zero } from "../../../../engine/core/tangents.ts";
import { f32, numbers, scalar } from "./helpers.ts";

describe("unbroadcast (lax._unbroadcast)", () => {
  test("sums a cotangent back to a scalar operand", () => {
    expect(numbers(unbroadcast(new ShapedArray([], "float32"), f32([1, 2, 3])))).toEqual([6]);
  });

  test("sums the broadcast unit dimensions and keeps them", () => {
    const ct = f32([1, 2, 3, 4, 5, 6], [2, 3]);
    const out = unbroadcast(new ShapedArray([1, 3], "float32"), ct);
    expect(out.aval.shape).toEqual([1, 3]);
    expect(numbers(out)).toEqual([5, 7, 9]);
  });

  test("leaves a cotangent of the operand's own shape alone", () => {
    const ct = f32([1, 2]);
    expect(unbroadcast(ct.aval, ct)).toBe(ct);
  });
});

describe("npConst (lax._const)", () => {
  test("a weakly typed scalar example gives a weak Python scalar; others a strong scalar", () => {
    const weak = ArrayValue.pythonScalar("float", 2);
    expect(npConst(weak, 3).aval.weakType).toBe(true);
    expect(npConst(f32([1, 2]), 3).aval).toEqual(new ShapedArray([], "float32", false));
  });
});

describe("zeros and sums of tangents", () => {
  test("a symbolic zero adds nothing", () => {
    const x = scalar(2);
    expect(addTangents(new Zero(x.aval), x)).toBe(x);
    expect(addTangents(x, new Zero(x.aval))).toBe(x);
  });

  test("zeros of a scalar are a literal when staged, a broadcast otherwise", () => {
    const s = new ShapedArray([], "float32");
    const j = traceToJaxpr(() => [zerosLikeAval(s), zerosLikeAval(new ShapedArray([2], "float32"))], []);
    expect(j.jaxpr.outvars[0]).toBeInstanceOf(Literal);
    expect(j.jaxpr.eqns.map((e) => e.primitive)).toEqual(["broadcast_in_dim"]);
  });
});
