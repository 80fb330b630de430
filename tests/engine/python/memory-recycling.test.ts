// Python dropping a large eager result gives its memory back to the engine's buffer pool, and only then.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_POOL_MIN_BYTES, setPoolMinBytes } from "../../../engine/core/buffer-pool.ts";
import { createNodeSession } from "../../../engine/node/session.ts";
import type { PythonSession } from "../../../engine/python/runner.ts";

let session: PythonSession;
let stdout = "";
let stderr = "";

beforeAll(async () => {
  setPoolMinBytes(DEFAULT_POOL_MIN_BYTES);
  session = await createNodeSession({ stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
});

afterAll(() => setPoolMinBytes(DEFAULT_POOL_MIN_BYTES));

/** Runs `body` after a prelude, returning its printed lines. */
function run(body: string): string[] {
  stdout = "";
  stderr = "";
  const prelude = "import _traceur\nimport jax\nimport jax.numpy as jnp\nx = jnp.ones((1000, 1000))\n";
  const { exitCode } = session.runScript("main.py", prelude + body);
  expect(stderr).toBe("");
  expect(exitCode).toBe(0);
  return stdout.trim().split("\n");
}

describe("memory recycling", () => {
  it("recycles a dropped eager result, and the next result of its size reuses it", () => {
    const lines = run(
      [
        "pool0 = _traceur.pooledBytes()",
        "y = x + x",
        "del y",
        "print(_traceur.pooledBytes() - pool0)",
        "z = x * 3.0",
        "print(_traceur.pooledBytes() - pool0, z[0, 0])",
      ].join("\n"),
    );
    expect(lines).toEqual(["4000000", "0 3.0"]);
  });

  it("keeps what a jitted function closes over, and what another name still holds", () => {
    const lines = run(
      [
        "pool0 = _traceur.pooledBytes()",
        "c = x + 1.0",
        "f = jax.jit(lambda v: v - c)",
        "f(x)",
        "del c",
        "y = x + 2.0",
        "alias = jnp.asarray(y)",
        "del y",
        "print(_traceur.pooledBytes() - pool0)",
        "junk = x * 9.0",
        "print(f(x)[0, 0], alias[0, 0])",
      ].join("\n"),
    );
    expect(lines).toEqual(["0", "-1.0 3.0"]);
  });

  it("leaves small arrays to the garbage collector", () => {
    const lines = run(
      [
        "pool0 = _traceur.pooledBytes()",
        "s = jnp.ones(1000) + 1.0",
        "del s",
        "print(_traceur.pooledBytes() - pool0)",
      ].join("\n"),
    );
    expect(lines).toEqual(["0"]);
  });
});
