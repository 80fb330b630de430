// Equations remember the line of the user's code that created them, as JAX's source_info does; the expected
// lines come from real JAX 0.10.2 (source-lines/reference.py wrote the .expected files).
import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { ClosedJaxpr, Jaxpr } from "../../../engine/ir/jaxpr.ts";
import { createNodeSession } from "../../../engine/node/session.ts";
import { setPrintedJaxprListener } from "../../../engine/python/printed-jaxprs.ts";
import type { PythonSession } from "../../../engine/python/runner.ts";

const HERE = path.join(import.meta.dirname, "source-lines");
const read = (file: string) => fs.readFileSync(path.join(HERE, file), "utf8");
const SCRIPT = read("main.py");
const EXPECTED = read("main.expected");

let session: PythonSession;

beforeAll(async () => {
  session = await createNodeSession({ stdout: () => {}, stderr: (s) => process.stderr.write(s) });
});

afterEach(() => {
  setPrintedJaxprListener(undefined);
  session.trackSourceLines(false);
});

/** As reference.py describes a jaxpr: each equation and its source, nested ones indented. */
function describeJaxpr(j: Jaxpr, depth: number, out: string[]): void {
  for (const eqn of j.eqns) {
    const where = eqn.source ? `${eqn.source.file}:${eqn.source.line}` : "None";
    out.push(`${"  ".repeat(depth)}${eqn.primitive} ${where}`);
    for (const name of Object.keys(eqn.params).sort()) {
      const value = eqn.params[name];
      for (const sub of Array.isArray(value) ? value : [value]) {
        if (sub instanceof ClosedJaxpr) describeJaxpr(sub.jaxpr, depth + 1, out);
        else if (sub instanceof Jaxpr) describeJaxpr(sub, depth + 1, out);
      }
    }
  }
}

function runAndDescribe(source: string): string {
  const lines: string[] = [];
  setPrintedJaxprListener((jaxpr) => {
    lines.push("--");
    describeJaxpr(jaxpr.jaxpr, 0, lines);
  });
  expect(session.runScript("main.py", source).exitCode).toBe(0);
  return `${lines.join("\n")}\n`;
}

describe("equations' source lines", () => {
  it("name the innermost user frame, as JAX does, under jit, vmap, grad, cond and scan", () => {
    session.trackSourceLines(true);
    expect(runAndDescribe(SCRIPT)).toBe(EXPECTED);
  });

  it("agree with JAX wherever JAX knows the line, and name a line of the user's file where it does not", () => {
    // JAX's tracebacks stop at some jit boundaries inside JAX itself (jnp.where, nn.relu, cond's zeros):
    // those equations have no user frame there; Traceur's walk goes on to the user's line.
    session.trackSourceLines(true);
    const actual = runAndDescribe(read("transforms.py")).trimEnd().split("\n");
    const expected = read("transforms.expected").trimEnd().split("\n");
    const equations = (lines: string[]) => lines.map((l) => l.replace(/ \S+$/, ""));
    expect(equations(actual)).toEqual(equations(expected));
    let unknownToJax = 0;
    expected.forEach((line, i) => {
      if (line.endsWith(" None")) {
        unknownToJax++;
        expect(actual[i]).toMatch(/ main\.py:\d+$/);
      } else expect(actual[i]).toBe(line);
    });
    expect(unknownToJax).toBe(8);
  });

  it("name the function of that frame", () => {
    session.trackSourceLines(true);
    let functions: string[] = [];
    setPrintedJaxprListener(
      (jaxpr) => (functions = jaxpr.jaxpr.eqns.map((e) => e.source?.functionName ?? "")),
    );
    const source =
      "import jax.numpy as jnp, jax\ndef helper(x):\n    return -x\ndef f(x):\n    return helper(x) + 1\nprint(jax.make_jaxpr(f)(1.0))\n";
    expect(session.runScript("main.py", source).exitCode).toBe(0);
    expect(functions).toEqual(["helper", "f"]);
  });

  it("are not recorded unless tracking is on (the command line leaves it off)", () => {
    expect(runAndDescribe(SCRIPT)).not.toContain("main.py:");
    expect(runAndDescribe(SCRIPT)).toContain("sin None");
  });

  it("leave the printed jaxpr as it is", () => {
    let printed = "";
    const capture = (s: string) => (printed += s);
    setPrintedJaxprListener((_j, text) => capture(text));
    session.runScript("main.py", SCRIPT);
    const untracked = printed;
    printed = "";
    session.trackSourceLines(true);
    session.runScript("main.py", SCRIPT);
    expect(printed).toBe(untracked);
    expect(untracked).toContain("scan[");
  });
});
