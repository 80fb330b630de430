import { beforeAll, describe, expect, it } from "vitest";
import type { VmapRecord } from "../../../engine/steps/types.ts";
import { JAX, type RecordSession, recordSession } from "./records.ts";

let session: RecordSession;
beforeAll(async () => {
  session = await recordSession();
});

const vmapRecord = (setup: string, call: string): VmapRecord => session.record<VmapRecord>(setup, call);

/** What every vmap record must say of itself, whatever the function. */
function checkConsistent(r: VmapRecord): void {
  // One step per input equation, in order.
  expect(r.steps.map((s) => s.eqn)).toEqual(r.input.eqns.map((e) => e.id));
  // The emitted equations, in order, are the output's (outputs batched at 0 need no final move here).
  expect(r.steps.flatMap((s) => s.emitted)).toEqual(r.output.eqns.map((e) => e.id));
  for (const s of r.steps) {
    const eqn = r.input.eqns.find((e) => e.id === s.eqn)!;
    expect(s.operandDims).toHaveLength(eqn.inputs.length);
    expect(s.resultDims).toHaveLength(eqn.outputs.length);
    expect(s.rule).toBe(s.operandDims.every((d) => d === null) ? "unbatched" : "batch");
  }
}

describe("vmap step records", () => {
  const seed =
    "def myfunc(x, a=1, b=1, c=1):\n    return a * x**2 + b * x + c\nxa = jnp.linspace(0.0, 5.0, 6)";

  it("tell how vmap batches the seed's myfunc, equation by equation", () => {
    const r = vmapRecord(seed, "vmap_record(myfunc, (0, None, None, None), xa, 1, 1, 1)");
    expect(r.input.text).toBe(JAX.myfunc_example);
    expect(r.output.text).toBe(JAX.vmap_myfunc);
    expect([r.axisSize, r.inDims, r.outDims]).toEqual([6, [0, null, null, null], [0]]);
    checkConsistent(r);
    // x**2 on the batched x; each constant converted unbatched, then used beside a batched value.
    expect(r.steps.map((s) => [r.input.eqns.find((e) => e.id === s.eqn)!.primitive, s.rule])).toEqual([
      ["integer_pow", "batch"],
      ["convert_element_type", "unbatched"],
      ["mul", "batch"],
      ["convert_element_type", "unbatched"],
      ["mul", "batch"],
      ["add", "batch"],
      ["convert_element_type", "unbatched"],
      ["add", "batch"],
    ]);
    expect(r.steps[0].operandDims).toEqual([0]);
    expect(r.steps[2].operandDims).toEqual([null, 0]);
    expect(r.steps[5].operandDims).toEqual([0, 0]);
  });

  it("batch a nested jit (jnp.where) into a jit of the batched body", () => {
    const r = vmapRecord(
      "",
      "vmap_record(lambda x, y: jnp.where(x > 1, x, y), (0, None), jnp.ones((4, 3)), jnp.zeros(3))",
    );
    expect(r.output.text).toBe(JAX.vmap_where);
    checkConsistent(r);
    const jit = r.steps.find((s) => r.input.eqns.find((e) => e.id === s.eqn)!.primitive === "jit")!;
    expect(jit.operandDims).toEqual([0, 0, null]);
    expect(r.output.eqns.find((e) => e.id === jit.emitted[0])!.primitive).toBe("jit");
  });
});
