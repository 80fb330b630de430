// The call log of transformed functions: what the app's timing panel is made of.
import { afterEach, beforeAll, describe, expect, it } from "vitest";

import { createNodeSession } from "../../../engine/node/session.ts";
import type { CallTiming } from "../../../engine/observe/call-timings.ts";
import type { PythonSession } from "../../../engine/python/runner.ts";

let session: PythonSession;
let stderr = "";

beforeAll(async () => {
  session = await createNodeSession({ stdout: () => {}, stderr: (s) => (stderr += s) });
});

afterEach(() => {
  session.setCallTimingListener(null);
  stderr = "";
});

/** Runs `source` with the log on; the calls it reported, without their times. */
function calls(source: string): Array<Omit<CallTiming, "ms">> {
  const seen: CallTiming[] = [];
  session.setCallTimingListener((call) => seen.push(call));
  const { exitCode } = session.runScript("main.py", `import jax\nimport jax.numpy as jnp\n${source}`);
  expect(stderr).toBe("");
  expect(exitCode).toBe(0);
  for (const call of seen) expect(call.ms).toBeGreaterThanOrEqual(0);
  return seen.map(({ fn, transforms, traced }) => ({ fn, transforms, traced }));
}

const SEED_FUNCTIONS = `
def myfunc(x, a, b, c):
    return a * x**2 + b * x + c

vmyfunc = jax.vmap(myfunc, in_axes=(0, None, None, None))
vmyfunc2 = jax.vmap(vmyfunc, in_axes=(None, 0, None, None))
xa = jnp.linspace(0.0, 5.0, 6)
aa = jnp.linspace(0.0, 1.0, 3)
`;

describe("the call log", () => {
  it("records jit's first call as traced and the next ones as cache hits", () => {
    const log = calls(`
f = jax.jit(lambda x: x * 2.0)
for _ in range(3):
    f(1.0)
f(jnp.ones(3))  # a new signature: traced again
`);
    expect(log).toEqual([
      { fn: "<lambda>", transforms: ["jit"], traced: true },
      { fn: "<lambda>", transforms: ["jit"], traced: false },
      { fn: "<lambda>", transforms: ["jit"], traced: false },
      { fn: "<lambda>", transforms: ["jit"], traced: true },
    ]);
  });

  it("names the whole transformation chain and counts nested transformations once", () => {
    const log = calls(`${SEED_FUNCTIONS}
vmyfunc2(xa, aa, 1, 1)
jvmyfunc2 = jax.jit(vmyfunc2)
jvmyfunc2(xa, aa, 1, 1)
jvmyfunc2(xa, aa, 1, 1)
`);
    expect(log).toEqual([
      { fn: "myfunc", transforms: ["vmap", "vmap"], traced: null },
      { fn: "myfunc", transforms: ["jit", "vmap", "vmap"], traced: true },
      { fn: "myfunc", transforms: ["jit", "vmap", "vmap"], traced: false },
    ]);
  });

  it("does not record calls made while tracing, nor those inside another transformed call", () => {
    const log = calls(`
@jax.jit
def inner(x):
    return jnp.sin(x) * 2.0

def outer(x):
    return inner(x) + 1.0

jax.make_jaxpr(outer)(1.0)          # traced: not a call
jax.make_jaxpr(jax.vmap(inner))(jnp.ones(2))
jax.grad(outer)(1.0)                # inner runs inside grad's trace
jax.vmap(outer)(jnp.ones(2))
outer(1.0)                          # a plain function: its jit call is the outermost one
`);
    expect(log).toEqual([
      { fn: "outer", transforms: ["grad"], traced: null },
      { fn: "outer", transforms: ["vmap"], traced: null },
      { fn: "inner", transforms: ["jit"], traced: false },
    ]);
  });

  it("records grad, value_and_grad, the jacobians and jnp.vectorize as they are called", () => {
    const log = calls(`
def f(x):
    return jnp.sum(x ** 2)
x = jnp.arange(3.0)
jax.grad(f)(x)
jax.value_and_grad(f)(x)
jax.jacfwd(jnp.sin)(x)
jax.jacrev(jnp.sin)(x)
jax.hessian(f)(x)
jnp.vectorize(lambda a, b: a + b)(x, 1.0)
`);
    expect(log).toEqual([
      { fn: "f", transforms: ["grad"], traced: null },
      { fn: "f", transforms: ["value_and_grad"], traced: null },
      { fn: "sin", transforms: ["jacfwd"], traced: null },
      { fn: "sin", transforms: ["jacrev"], traced: null },
      { fn: "f", transforms: ["jacfwd", "jacrev"], traced: null },
      { fn: "<lambda>", transforms: ["vectorize"], traced: null },
    ]);
  });

  it("does not record a call that raised, and keeps recording after it", () => {
    const log = calls(`
f = jax.jit(lambda x: x.reshape(4))
try:
    f(jnp.ones(3))
except TypeError:
    pass
f(jnp.ones(4))
`);
    expect(log).toEqual([{ fn: "<lambda>", transforms: ["jit"], traced: true }]);
  });

  it("records nothing without a listener", () => {
    const seen: CallTiming[] = [];
    session.setCallTimingListener((call) => seen.push(call));
    session.setCallTimingListener(null);
    expect(session.runScript("main.py", "import jax\njax.jit(lambda x: x + 1)(1.0)").exitCode).toBe(0);
    expect(seen).toEqual([]);
  });

  it("measures the wall time of the call", () => {
    const seen: CallTiming[] = [];
    session.setCallTimingListener((call) => seen.push(call));
    const source = "import jax, time\njax.vmap(lambda x: (time.sleep(0.03), x)[1])(jax.numpy.ones(2))";
    expect(session.runScript("main.py", source).exitCode).toBe(0);
    expect(seen).toHaveLength(1);
    expect(seen[0].ms).toBeGreaterThanOrEqual(30);
  });
});
