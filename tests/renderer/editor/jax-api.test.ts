import { describe, expect, it } from "vitest";

import { ApiIndex, dottedNameAt, moduleAliases, resolveModule } from "../../../renderer/editor/jax-api.ts";

describe("moduleAliases", () => {
  it("reads the imports learners write", () => {
    const aliases = moduleAliases(
      [
        "import jax",
        "import jax.numpy as jnp",
        "from jax import lax, random as jr",
        "from jax import numpy as np2",
        "x = 1",
      ].join("\n"),
    );
    expect(Object.fromEntries(aliases)).toEqual({
      jax: "jax",
      jnp: "jax.numpy",
      lax: "jax.lax",
      jr: "jax.random",
      np2: "jax.numpy",
    });
  });
});

describe("resolveModule", () => {
  const aliases = new Map([
    ["jax", "jax"],
    ["jnp", "jax.numpy"],
  ]);
  it("follows an alias and the attributes after it", () => {
    expect(resolveModule("jnp", aliases)).toBe("jax.numpy");
    expect(resolveModule("jax.nn", aliases)).toBe("jax.nn");
    expect(resolveModule("np", aliases)).toBeNull();
  });
});

describe("dottedNameAt", () => {
  it("finds the dotted name under the cursor", () => {
    expect(dottedNameAt("y = jnp.sin(x)", 9)).toEqual({ qualifier: "jnp", name: "sin" });
    expect(dottedNameAt("y = jax.numpy.sin(x)", 15)).toEqual({ qualifier: "jax.numpy", name: "sin" });
    expect(dottedNameAt("y = sin(x)", 5)).toBeNull();
  });
});

describe("ApiIndex", () => {
  it("lists and finds functions by module", () => {
    const index = new ApiIndex([
      { module: "jax.numpy", name: "sin", signature: "(x, /)", doc: "Sine." },
      { module: "jax", name: "jit", signature: "(fun)", doc: "" },
    ]);
    expect(index.functionsOf("jax.numpy").map((e) => e.name)).toEqual(["sin"]);
    expect(index.find("jax", "jit")?.signature).toBe("(fun)");
    expect(index.find("jax", "sin")).toBeUndefined();
    expect(index.functionsOf("jax.lax")).toEqual([]);
  });
});
