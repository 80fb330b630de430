// Names JAX has and Traceur does not yet (engine/python/pkg/jax/_unsupported.py): each says so, by name,
// instead of the AttributeError of a misspelt name. (Names JAX lacks keep JAX's own AttributeError:
// tests/golden/errors/missing_names.py.)
import { beforeAll, describe, expect, it } from "vitest";
import { createNodeSession } from "../../../engine/node/session.ts";
import type { PythonSession } from "../../../engine/python/runner.ts";

let session: PythonSession;
let stdout = "";

beforeAll(async () => {
  session = await createNodeSession({ stdout: (s) => (stdout += s), stderr: () => {} });
});

/** The exception type and message each statement raises, one line each. */
function raised(statements: string[]): string[] {
  stdout = "";
  const body = statements
    .map((s) => `try:\n    ${s}\nexcept BaseException as e:\n    print(type(e).__name__ + ": " + str(e))\n`)
    .join("");
  session.runScript(
    "main.py",
    `import jax\nimport jax.numpy as jnp\nfrom jax import lax, nn, random\n${body}`,
  );
  return stdout.trim().split("\n");
}

describe("what JAX has and Traceur does not", () => {
  it("names the function, in the module's usual short form", () => {
    expect(
      raised([
        "jnp.kron",
        "jnp.linalg.eigh(jnp.eye(2))",
        "random.gamma",
        "lax.conv",
        "jax.pmap",
        "jnp.diag(jnp.eye(2))",
      ]),
    ).toEqual([
      "NotImplementedError: Traceur does not support jnp.kron yet.",
      "NotImplementedError: Traceur does not support jnp.linalg.eigh yet.",
      "NotImplementedError: Traceur does not support jax.random.gamma yet.",
      "NotImplementedError: Traceur does not support jax.lax.conv yet.",
      "NotImplementedError: Traceur does not support jax.pmap yet.",
      "NotImplementedError: Traceur does not support jnp.diag of a 2-D array (it reads jnp.diagonal) yet.",
    ]);
  });

  it("names a module, whether imported or reached as an attribute", () => {
    expect(raised(["import jax.scipy.special", "from jax import profiler", "jnp.fft.fft"])).toEqual([
      "ModuleNotFoundError: Traceur does not support the module jax.scipy yet.",
      "NotImplementedError: Traceur does not support the module jax.profiler yet.",
      "NotImplementedError: Traceur does not support the module jax.numpy.fft yet.",
    ]);
  });
});
