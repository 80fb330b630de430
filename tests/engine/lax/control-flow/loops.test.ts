import { describe, expect, it } from "vitest";
import { traceToJaxpr } from "../../../../engine/core/staging.ts";
import type { Value } from "../../../../engine/core/values.ts";
import { bindScan, bindWhile } from "../../../../engine/lax/control-flow/loops.ts";
import * as lax from "../../../../engine/lax/lax.ts";
import type { ScanParams } from "../../../../engine/lax/primitives/control-flow/scan.ts";
import type { WhileParams } from "../../../../engine/lax/primitives/control-flow/while.ts";
import { array, f32, numbers, scalar, traced } from "../primitives/control-flow/helpers.ts";

describe("bindWhile", () => {
  it("loops eagerly", () => {
    const cond = traced((x) => [lax.lt(x, scalar(50))], [f32()]);
    const body = traced((x) => [lax.mul(x, scalar(3))], [f32()]);
    expect(numbers(bindWhile(cond, body, [scalar(1)]).outs[0])).toEqual([81]);
  });

  it("turns a carry the body passes through and the cond does not read into a body const", () => {
    const cond = traced((x) => [lax.lt(x, scalar(10))], [f32(), f32()]);
    const body = traced((x, y) => [lax.add(x, y), y], [f32(), f32()]);
    const staged = traceToJaxpr(
      (x: Value, y: Value) => {
        const r = bindWhile(cond, body, [x, y]);
        expect(r.passedThrough).toEqual([false, true]);
        return r.outs;
      },
      [f32(), f32()],
    );
    const [eqn] = staged.jaxpr.eqns;
    const p = eqn.params as WhileParams;
    // The cond's const is the concrete limit 10; the body's is y.
    expect([p.cond_nconsts, p.body_nconsts]).toEqual([1, 1]);
    expect(p.cond_jaxpr.jaxpr.invars.length).toBe(2);
    expect(eqn.inputs.slice(1)).toEqual([staged.jaxpr.invars[1], staged.jaxpr.invars[0]]);
    expect(staged.jaxpr.outvars[1]).toBe(staged.jaxpr.invars[1]);
  });
});

describe("bindScan", () => {
  const opts = { length: 3, reverse: false, unroll: 1 };

  it("scans eagerly", () => {
    const body = traced((c, x) => [lax.add(c, x), c], [f32(), f32()]);
    const r = bindScan(body, [scalar(0)], [array([1, 2, 3])], opts);
    expect(r.outs.map(numbers)).toEqual([[6], [0, 1, 3]]);
  });

  it("turns a passed-through carry into a const and forwards ys that are xs", () => {
    const body = traced((c, k, x) => [lax.add(c, lax.mul(x, k)), k, x], [f32(), f32(), f32()]);
    const staged = traceToJaxpr(
      (k: Value, xs: Value) => bindScan(body, [scalar(0), k], [xs], opts).outs,
      [f32(), f32([3])],
    );
    const [eqn] = staged.jaxpr.eqns;
    const p = eqn.params as ScanParams;
    expect([p.num_consts, p.num_carry]).toEqual([1, 1]);
    expect(p.jaxpr.jaxpr.outvars.length).toBe(1);
    expect(staged.jaxpr.outvars[1]).toBe(staged.jaxpr.invars[0]);
    expect(staged.jaxpr.outvars[2]).toBe(staged.jaxpr.invars[1]);
  });
});
