import { describe, expect, it } from "vitest";
import { traceToJaxpr } from "../../../../../engine/core/staging.ts";
import { Zero } from "../../../../../engine/core/tangents.ts";
import type { Value } from "../../../../../engine/core/values.ts";
import * as lax from "../../../../../engine/lax/lax.ts";
import { scanLinearize } from "../../../../../engine/lax/primitives/control-flow/scan-ad.ts";
import { array, f32, numbers, scalar, traced } from "./helpers.ts";
import { gradOf } from "./transforms-helpers.ts";
import { bindScan } from "../../../../../engine/lax/control-flow/loops.ts";

// carry, x -> (carry * x, carry)
const jaxpr = traced((c, x) => [lax.mul(c, x), c], [f32(), f32()]);
const p = { jaxpr, length: 3, num_carry: 1, num_consts: 0, reverse: false, unroll: 1 };

describe("scanLinearize", () => {
  it("splits into a primal scan and a linear scan of the same length", () => {
    const j = traceToJaxpr(
      (c, xs) => {
        const lin = scanLinearize([true, true], [c, xs], p);
        return [...lin.primalsOut, ...(lin.linearized([c, xs]) as Value[])];
      },
      [f32(), f32([3])],
    );
    const scans = j.jaxpr.eqns.filter((e) => e.primitive === "scan");
    expect(scans).toHaveLength(2);
    expect(scans.map((e) => e.params.length)).toEqual([3, 3]);
  });

  it("linear scan: tangents of the product", () => {
    const lin = scanLinearize([false, true], [scalar(1), array([1, 2, 3])], p);
    expect(numbers(lin.primalsOut[0])).toEqual([6]);
    const [carryDot] = lin.linearized([new Zero(f32()), array([1, 1, 1])]);
    expect(numbers(carryDot as Value)).toEqual([11]);
  });
});

describe("scan transpose", () => {
  it("grad of the product of the xs through a reversed scan", () => {
    const body = traced((c, x) => [lax.mul(c, x)], [f32(), f32()]);
    const f = ([xs]: Value[]) => [
      bindScan(body, [scalar(1)], [xs], { length: 3, reverse: false, unroll: 1 }).outs[0],
    ];
    const [g] = gradOf(f, [array([2, 3, 4])], scalar(1));
    expect(numbers(g)).toEqual([12, 8, 6]);
  });
});
