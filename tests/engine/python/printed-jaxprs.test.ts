// The hook that tells the app's worker about each jaxpr user code prints.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { ClosedJaxpr } from "../../../engine/ir/jaxpr.ts";
import { jaxprToGraph } from "../../../engine/ir/graph.ts";
import { createNodeSession } from "../../../engine/node/session.ts";
import { setPrintedJaxprListener } from "../../../engine/python/printed-jaxprs.ts";
import type { PythonSession } from "../../../engine/python/runner.ts";

let session: PythonSession;
let stdout = "";

beforeAll(async () => {
  session = await createNodeSession({ stdout: (s) => (stdout += s), stderr: () => {} });
});

afterEach(() => {
  setPrintedJaxprListener(undefined);
  stdout = "";
});

describe("printed jaxprs", () => {
  it("reports each printed jaxpr with the text Python prints", () => {
    const seen: Array<{ jaxpr: ClosedJaxpr; text: string }> = [];
    setPrintedJaxprListener((jaxpr, text) => seen.push({ jaxpr, text }));
    const source = [
      "import jax",
      "def f(x):",
      "    b = x + 3",
      "    return b ** 2",
      "print(jax.make_jaxpr(f)(2))",
    ].join("\n");
    expect(session.runScript("main.py", source).exitCode).toBe(0);
    expect(seen).toHaveLength(1);
    expect(stdout).toBe(`${seen[0].text}\n`);
    expect(seen[0].text).toContain("integer_pow[y=2]");
    const graph = jaxprToGraph(seen[0].jaxpr);
    expect(graph.equationCount).toBe(2);
    expect(graph.nodes.filter((n) => n.kind === "equation").map((n) => n.label)).toEqual([
      "add",
      "integer_pow",
    ]);
  });

  it("reports nothing when no listener is set", () => {
    expect(
      session.runScript("main.py", "import jax\nprint(jax.make_jaxpr(lambda x: x * 2)(1.0))").exitCode,
    ).toBe(0);
    expect(stdout).toContain("mul");
  });
});
