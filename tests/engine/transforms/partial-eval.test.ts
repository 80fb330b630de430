import { describe, expect, it } from "vitest";
import { evalJaxpr } from "../../../engine/core/eval.ts";
import { ArrayValue } from "../../../engine/core/values.ts";
import { ClosedJaxpr } from "../../../engine/ir/jaxpr.ts";
import { printJaxpr } from "../../../engine/ir/print-jaxpr.ts";
import * as lax from "../../../engine/lax/lax.ts";
import { partialEvalJaxpr } from "../../../engine/transforms/partial-eval.ts";
import { array, f32, numbers, traced } from "../lax/primitives/control-flow/helpers.ts";

// f(k, x) = (sin(k) * x + cos(k), exp(k)): what reads only k is known when k is.
const f = traced((k, x) => [lax.add(lax.mul(lax.sin(k), x), lax.cos(k)), lax.exp(k)], [f32([2]), f32([2])]);
const k = array([0.5, 1.5]);
const x = array([2, -1]);

describe("partialEvalJaxpr", () => {
  it("runs the known equations now and stages the others, reading known values as constvars", () => {
    const pe = partialEvalJaxpr(f, [k, null], [false, false]);
    expect(printJaxpr(pe.jaxpr)).toBe(
      [
        "{ lambda a:f32[2] b:f32[2]; c:f32[2]. let",
        "    d:f32[2] = mul a c",
        "    e:f32[2] = add d b",
        "  in (e,) }",
      ].join("\n"),
    );
    expect(numbers(pe.consts[0])).toEqual(numbers(lax.sin(k)));
    expect(numbers(pe.consts[1])).toEqual(numbers(lax.cos(k)));
    expect(pe.knownOuts[0]).toBeNull();
    expect(numbers(pe.knownOuts[1] as ArrayValue)).toEqual(numbers(lax.exp(k)));
    const staged = evalJaxpr(pe.jaxpr, pe.consts, [x]);
    expect(numbers(staged[0])).toEqual(numbers(evalJaxpr(f.jaxpr, f.consts, [k, x])[0]));
  });

  it("makes an instantiated known output an output of the staged jaxpr", () => {
    const pe = partialEvalJaxpr(f, [k, null], [false, true]);
    expect(pe.knownOuts).toEqual([null, null]);
    expect(pe.jaxpr.outvars[1]).toBe(pe.jaxpr.constvars[2]);
    expect(numbers(pe.consts[2])).toEqual(numbers(lax.exp(k)));
  });

  it("writes known Python scalars as literals and stages only what the unknown outputs need", () => {
    const g = traced(
      (s, y) => {
        lax.exp(y); // unused: not staged
        return [lax.mul(y, s), lax.neg(y)];
      },
      [f32(), f32()],
    );
    expect(g.jaxpr.eqns.map((e) => e.primitive)).toEqual(["exp", "mul", "neg"]);
    const s = ArrayValue.pythonScalar("float", 2);
    const pe = partialEvalJaxpr(new ClosedJaxpr(g.jaxpr, g.consts), [s, null], [true, false]);
    expect(printJaxpr(pe.jaxpr)).toBe(
      ["{ lambda ; a:f32[]. let b:f32[] = mul a 2.0:f32[]; c:f32[] = neg a in (b, c) }"].join("\n"),
    );
  });
});
