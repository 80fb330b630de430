import { describe, expect, test } from "vitest";
import { traceDepth } from "../../../../engine/core/trace.ts";
import * as lax from "../../../../engine/lax/lax.ts";
import {
  LinearizeSession,
  LinearizeTracer,
  linearizeFlat,
} from "../../../../engine/transforms/ad/linearize.ts";
import { f32, numbers, scalar } from "./helpers.ts";

describe("linearizeFlat", () => {
  test("primal operations run now; the linear jaxpr holds only tangent operations", () => {
    const lin = linearizeFlat(([x]) => [lax.mul(lax.sin(x), x)], [scalar(0.5)]);
    expect(numbers(lin.primalsOut[0])[0]).toBeCloseTo(Math.sin(0.5) * 0.5, 6);
    expect(lin.jaxpr.jaxpr.eqns.map((e) => e.primitive)).toEqual(["mul", "mul", "mul", "add_any"]);
    // Residuals: cos(x), x, sin(x), in the order the tangent operations first read them.
    expect(lin.jaxpr.consts.map((c) => numbers(c)[0])).toEqual([
      Math.fround(Math.cos(0.5)),
      0.5,
      Math.fround(Math.sin(0.5)),
    ]);
  });

  test("an output that does not depend on the inputs has a symbolic zero tangent", () => {
    const lin = linearizeFlat(([x]) => [lax.sin(x), scalar(3)], [scalar(1)]);
    expect(lin.outZeros).toEqual([false, true]);
    expect(lin.jaxpr.jaxpr.outvars).toHaveLength(1);
  });

  test("auxiliary outputs come back as primals, without tangents", () => {
    const lin = linearizeFlat(([x]) => [lax.sin(x), lax.cos(x)], [scalar(0)], 1);
    expect(lin.primalsOut).toHaveLength(1);
    expect(numbers(lin.aux[0])).toEqual([1]);
  });
});

describe("LinearizeSession", () => {
  test("its inputs are linearize tracers, and abort restores the trace stack", () => {
    const depth = traceDepth();
    const s = new LinearizeSession([f32([1, 2])]);
    expect(s.inputs[0]).toBeInstanceOf(LinearizeTracer);
    expect(traceDepth()).toBe(depth + 2);
    s.abort();
    expect(traceDepth()).toBe(depth);
  });
});
