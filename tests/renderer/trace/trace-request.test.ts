import { describe, expect, it } from "vitest";

import { definedFunctions, functionDefinedOn, traceScript } from "../../../renderer/trace/trace-request.ts";

const CODE = `import jax

def dumb_pure_func(x):
    def inner(y):
        return y
    return (x + 3) ** 2

async def later():
    pass

def myfunc(x, a=1):
    return a * x**2
`;

describe("definedFunctions", () => {
  it("lists the top-level functions", () => {
    expect(definedFunctions(CODE)).toEqual(["dumb_pure_func", "later", "myfunc"]);
  });
});

describe("functionDefinedOn", () => {
  it("reads a def line", () => {
    expect(functionDefinedOn("def myfunc(x, a=1):")).toBe("myfunc");
    expect(functionDefinedOn("    def inner(y):")).toBe("inner");
    expect(functionDefinedOn("x = 1")).toBeNull();
  });
});

describe("traceScript", () => {
  it("runs the code, then prints the jaxpr of the function on the given arguments", () => {
    const script = traceScript(CODE, { functionName: "myfunc", args: "3.0, 2", transform: "none" });
    expect(script.startsWith(CODE)).toBe(true);
    expect(script.slice(CODE.length)).toBe(
      "\nimport jax as __traceur_jax\nprint(__traceur_jax.make_jaxpr(myfunc)(3.0, 2))\n",
    );
  });

  it("applies the transformation the way a learner would write it", () => {
    expect(traceScript("x = 1", { functionName: "f", args: "1.0", transform: "grad" })).toBe(
      "x = 1\n\nimport jax as __traceur_jax\nprint(__traceur_jax.make_jaxpr(__traceur_jax.grad(f))(1.0))\n",
    );
    expect(traceScript("", { functionName: "f", args: "x", transform: "jit" })).toContain("jit(f)");
    expect(traceScript("", { functionName: "f", args: "x", transform: "vmap" })).toContain("vmap(f)");
  });

  it("passes vmap's in_axes and grad's argnums when given, and nothing for their defaults", () => {
    expect(
      traceScript("", { functionName: "f", args: "x, 1", transform: "vmap", option: " (0, None) " }),
    ).toContain("make_jaxpr(__traceur_jax.vmap(f, in_axes=(0, None)))(x, 1)");
    expect(traceScript("", { functionName: "f", args: "x, y", transform: "grad", option: "1" })).toContain(
      "make_jaxpr(__traceur_jax.grad(f, argnums=1))(x, y)",
    );
    expect(traceScript("", { functionName: "f", args: "x", transform: "vmap", option: "" })).toContain(
      "vmap(f))",
    );
    expect(traceScript("", { functionName: "f", args: "x", transform: "jit", option: "1" })).toContain(
      "jit(f))",
    );
  });

  it("refuses arguments or options over several lines (the script's lines would shift)", () => {
    expect(() =>
      traceScript("", { functionName: "f", args: "x", transform: "vmap", option: "0\nprint(1)" }),
    ).toThrow(/one line/);
  });

  it("refuses a name that is not a Python identifier", () => {
    expect(() =>
      traceScript("", { functionName: "f); import os; (", args: "", transform: "none" }),
    ).toThrow();
  });
});
