import { describe, expect, test } from "vitest";
import { ShapedArray } from "../../../../engine/core/aval.ts";
import { traceToJaxpr } from "../../../../engine/core/staging.ts";
import * as lax from "../../../../engine/lax/lax.ts";
import { dceClosedJaxpr } from "../../../../engine/transforms/ad/dce.ts";
import { f32 } from "./helpers.ts";

describe("dceClosedJaxpr", () => {
  test("drops equations and constants no output needs, keeps every input", () => {
    const unused = f32([1, 2]);
    const j = traceToJaxpr(
      (x, _y) => {
        lax.mul(x, unused);
        return [lax.sin(x)];
      },
      [new ShapedArray([2], "float32"), new ShapedArray([2], "float32")],
    );
    expect(j.jaxpr.eqns).toHaveLength(2);
    const d = dceClosedJaxpr(j);
    expect(d.jaxpr.eqns.map((e) => e.primitive)).toEqual(["sin"]);
    expect(d.consts).toHaveLength(0);
    expect(d.jaxpr.invars).toHaveLength(2);
  });
});
