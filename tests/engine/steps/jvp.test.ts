import { beforeAll, describe, expect, it } from "vitest";
import type { JvpRecord } from "../../../engine/steps/types.ts";
import { JAX, type RecordSession, recordSession } from "./records.ts";

let session: RecordSession;
beforeAll(async () => {
  session = await recordSession();
});

describe("jvp step records", () => {
  it("tell, for each equation, the primal and tangent equations its JVP rule emitted", () => {
    const r = session.record<JvpRecord>("", "jvp_record(lambda x: jnp.sin(x) * x**2, 1.0)");
    expect(r.input.text).toBe(JAX.sin_x2);
    expect(r.output.text).toBe(JAX.jvp_sin_x2);
    expect(r.steps.map((s) => s.eqn)).toEqual(r.input.eqns.map((e) => e.id));
    // Together the steps emit the whole output, in order.
    expect(r.steps.flatMap((s) => [...s.primal, ...s.tangent]).sort()).toEqual(
      r.output.eqns.map((e) => e.id).sort(),
    );
    const prims = (ids: readonly string[]) =>
      ids.map((id) => r.output.eqns.find((e) => e.id === id)!.primitive);
    // sin: sin and cos on the primal side, one multiplication of the tangent by cos.
    expect([prims(r.steps[0].primal), prims(r.steps[0].tangent)]).toEqual([["sin", "cos"], ["mul"]]);
    // x**2: its value and 2x, then the tangent times 2x.
    expect([prims(r.steps[1].primal), prims(r.steps[1].tangent)]).toEqual([["integer_pow", "mul"], ["mul"]]);
    // The product rule: the primal product, then two tangent products summed.
    expect([prims(r.steps[2].primal), prims(r.steps[2].tangent)]).toEqual([
      ["mul"],
      ["mul", "mul", "add_any"],
    ]);
  });
});
