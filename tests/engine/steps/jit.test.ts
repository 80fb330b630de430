import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createNodeSession } from "../../../engine/node/session.ts";
import type { PythonSession } from "../../../engine/python/runner.ts";
import { setStepRecording, takeStepRecords } from "../../../engine/steps/recorder.ts";
import type { JitRecord } from "../../../engine/steps/types.ts";

// What JAX 0.10.2 prints for the jitted function's body (fixtures/gen_jaxprs.py).
const JAX = JSON.parse(readFileSync(new URL("./fixtures/jaxprs.json", import.meta.url), "utf8")) as Record<
  string,
  string
>;

let session: PythonSession;
beforeAll(async () => {
  session = await createNodeSession({ stdout: () => {}, stderr: () => {} });
});
afterAll(() => setStepRecording(false));

describe("jit step records", () => {
  it("records a trace, then cache hits, with the staged jaxpr", () => {
    setStepRecording(true);
    const { exitCode } = session.runScript(
      "steps.py",
      [
        "import jax, jax.numpy as jnp",
        "f = jax.jit(lambda x: jnp.cos(x) * x)",
        "f(jnp.ones(2)); f(jnp.zeros(2)); f(jnp.ones(3))",
      ].join("\n"),
    );
    expect(exitCode).toBe(0);
    const records = takeStepRecords() as JitRecord[];
    expect(records.map((r) => [r.transform, r.cacheHit, r.signature])).toEqual([
      ["jit", false, "float32[2]"],
      ["jit", true, "float32[2]"],
      ["jit", false, "float32[3]"],
    ]);
    expect(records[0].staged.text).toBe(JAX.cos_times_x);
    expect(records[1].staged.eqns.map((e) => e.id)).toEqual(records[0].staged.eqns.map((e) => e.id));
    expect(records[2].traces - records[0].traces).toBe(1);
    expect(records[1].cacheHits - records[0].cacheHits).toBe(1);
    expect(takeStepRecords()).toEqual([]);
  });

  it("records nothing while recording is off", () => {
    setStepRecording(false);
    session.runScript("steps.py", "import jax, jax.numpy as jnp\njax.jit(jnp.sin)(1.0)");
    expect(takeStepRecords()).toEqual([]);
  });
});
