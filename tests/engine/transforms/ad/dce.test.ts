import { describe, expect, test } from "vitest";
import { ShapedArray } from "../../../../engine/core/aval.ts";
import { traceToJaxpr } from "../../../../engine/core/staging.ts";
import type { ClosedJaxpr } from "../../../../engine/ir/jaxpr.ts";
import { bindCond } from "../../../../engine/lax/control-flow/cond.ts";
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

describe("dceClosedJaxpr of a cond", () => {
  test("drops the outputs nobody reads from every branch, and the inputs no branch needs", () => {
    const s = new ShapedArray([], "float32");
    const branch = (square: boolean) =>
      traceToJaxpr((a, b) => [square ? lax.mul(a, a) : lax.neg(a), lax.sin(b)], [s, s]);
    const j = traceToJaxpr(
      (i, x, y) => {
        const [first] = bindCond(i, [branch(true), branch(false)], [x, y]);
        return [first];
      },
      [new ShapedArray([], "int32"), s, s],
    );
    const cond = dceClosedJaxpr(j).jaxpr.eqns.find((e) => e.primitive === "cond");
    expect(cond?.outputs).toHaveLength(1);
    expect(cond?.inputs).toHaveLength(2);
    for (const b of cond?.params.branches as ClosedJaxpr[]) {
      expect(b.jaxpr.eqns).toHaveLength(1);
      expect(b.jaxpr.invars).toHaveLength(1);
    }
  });
});
