// Flattening nested calls as XLA inlines them: fresh variables for each inlined body, outputs read through.
import { describe, expect, test } from "vitest";
import "../../../../engine/register.ts";
import { ShapedArray } from "../../../../engine/core/aval.ts";
import { traceToJaxpr } from "../../../../engine/core/staging.ts";
import { ArrayValue } from "../../../../engine/core/values.ts";
import { printJaxpr } from "../../../../engine/ir/print-jaxpr.ts";
import * as lax from "../../../../engine/lax/lax.ts";
import { inlineCalls } from "../../../../engine/runtime/cpu/inline-calls.ts";
import { evalClosedJaxprLikeXla } from "../../../../engine/runtime/cpu/xla-eval.ts";
import { jitted } from "../../../../engine/transforms/jit.ts";

const f32 = new ShapedArray([], "float32");
const double = jitted("double", ([x]) => [lax.mul(x, x)]);

describe("inlineCalls", () => {
  test("a body called twice is inlined twice, with its own variables each time", () => {
    const outer = traceToJaxpr((x) => [lax.add(double([x])[0], double([lax.neg(x)])[0])], [f32]);
    const flat = inlineCalls(outer);
    expect(printJaxpr(flat)).toBe(
      [
        "{ lambda ; a:f32[]. let",
        "    b:f32[] = mul a a",
        "    c:f32[] = neg a",
        "    d:f32[] = mul c c",
        "    e:f32[] = add b d",
        "  in (e,) }",
      ].join("\n"),
    );
    expect(inlineCalls(outer)).toBe(flat);
  });

  test("a jaxpr without calls is its own flattening", () => {
    const plain = traceToJaxpr((x) => [lax.neg(x)], [f32]);
    expect(inlineCalls(plain)).toBe(plain);
  });

  test("a multiplication inside a call fuses with the addition outside it", () => {
    // a * a + c with c = -fl(a * a): zero with two roundings, the rounding error of a * a with one (an FMA).
    const a = Math.fround(1.1);
    const c = -Math.fround(a * a);
    const outer = traceToJaxpr((x, y) => [lax.add(double([x])[0], y)], [f32, f32]);
    const [out] = evalClosedJaxprLikeXla(outer, [
      ArrayValue.fromNumbers(f32, [a]),
      ArrayValue.fromNumbers(f32, [c]),
    ]);
    expect(Math.fround(Math.fround(a * a) + c)).toBe(0);
    expect(out.data[0]).toBe(Math.fround(a * a + c));
    expect(out.data[0]).not.toBe(0);
  });
});
