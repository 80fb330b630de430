import { describe, expect, test } from "vitest";
import { ShapedArray } from "../../../../engine/core/aval.ts";
import { traceToJaxpr } from "../../../../engine/core/staging.ts";
import * as lax from "../../../../engine/lax/lax.ts";
import { jvpJaxpr, linearizeJaxpr } from "../../../../engine/transforms/ad/jaxpr-ad.ts";

const s = new ShapedArray([], "float32");
const body = traceToJaxpr((x, y) => [lax.mul(lax.sin(x), y), y], [s, s]);

describe("linearizeJaxpr", () => {
  test("splits a jaxpr into a primal part returning residuals and a linear part reading them", () => {
    const lin = linearizeJaxpr(body, [true, false]);
    expect(lin.nonzerosOut).toEqual([true, false]);
    expect(lin.primalJaxpr.jaxpr.eqns.map((e) => e.primitive)).toEqual(["sin", "cos", "mul"]);
    expect(lin.tangentJaxpr.jaxpr.eqns.map((e) => e.primitive)).toEqual(["mul", "mul"]);
    // Residuals cos(x) (computed) and y (an input, forwarded rather than returned).
    expect(lin.residualForwards).toEqual([null, 1]);
    expect(lin.numResiduals).toBe(1);
  });

  test("is memoized per jaxpr and nonzero pattern, so repeated uses share jaxpr objects", () => {
    expect(linearizeJaxpr(body, [true, false])).toBe(linearizeJaxpr(body, [true, false]));
    expect(linearizeJaxpr(body, [false, true])).not.toBe(linearizeJaxpr(body, [true, false]));
  });
});

describe("jvpJaxpr", () => {
  test("takes the primals then the nonzero tangents, and returns both", () => {
    const j = jvpJaxpr(body, [true, false]);
    expect(j.jaxpr.inAvals).toHaveLength(3);
    expect(j.nonzerosOut).toEqual([true, false]);
    expect(j.jaxpr.outAvals).toHaveLength(3);
  });
});

describe("instantiated zero tangents", () => {
  test("jvpJaxpr and linearizeJaxpr give a zero output tangent where `instantiate` asks", () => {
    const j = traceToJaxpr((x, y) => [lax.mul(x, y), y], [s, s]);
    expect(jvpJaxpr(j, [true, false]).nonzerosOut).toEqual([true, false]);
    const jvp = jvpJaxpr(j, [true, false], [false, true]);
    expect(jvp.nonzerosOut).toEqual([true, true]);
    expect(jvp.jaxpr.jaxpr.outvars).toHaveLength(4);
    const lin = linearizeJaxpr(j, [true, false], [false, true]);
    expect(lin.nonzerosOut).toEqual([true, true]);
    expect(lin.tangentJaxpr.jaxpr.outvars).toHaveLength(2);
  });
});
