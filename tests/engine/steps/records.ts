// Shared by the step-record tests: what real JAX printed (fixtures/gen_jaxprs.py), and a Python session that
// prints a record as JSON.
import { readFileSync } from "node:fs";
import { expect } from "vitest";
import { createNodeSession } from "../../../engine/node/session.ts";
import type { PythonSession } from "../../../engine/python/runner.ts";

export const JAX = JSON.parse(
  readFileSync(new URL("./fixtures/jaxprs.json", import.meta.url), "utf8"),
) as Record<string, string>;

export interface RecordSession {
  /** Run `setup`, then print `call` (a `jax._steps` function returning JSON); the parsed record. */
  record<T>(setup: string, call: string): T;
}

export async function recordSession(): Promise<RecordSession> {
  let printed = "";
  const session: PythonSession = await createNodeSession({
    stdout: (s) => (printed += s),
    stderr: (s) => (printed += s),
  });
  return {
    record<T>(setup: string, call: string): T {
      printed = "";
      const { exitCode } = session.runScript(
        "steps.py",
        [
          "import jax, jax.numpy as jnp",
          "from jax._steps import grad_record, jvp_record, vmap_record",
          setup,
          `print(${call})`,
        ].join("\n"),
      );
      expect(exitCode, printed).toBe(0);
      return JSON.parse(printed) as T;
    },
  };
}
