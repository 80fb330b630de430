// Notebook cells run one at a time in one namespace, with tracebacks that name the lines of the FILE.
// Expected outputs: cells/generate.py, with real JAX 0.10.2.
import fs from "node:fs";
import path from "node:path";

import { beforeAll, beforeEach, describe, expect, it } from "vitest";

import { splitCells } from "../../../renderer/cells/split-cells.ts";
import { parseTraceback } from "../../../renderer/worker/traceback.ts";
import { createNodeSession } from "../../../engine/node/session.ts";
import type { PythonSession } from "../../../engine/python/runner.ts";

const HERE = path.join(import.meta.dirname, "cells");
const read = (name: string) => fs.readFileSync(path.join(HERE, name), "utf8");

/** The frames of a traceback (file, line, function and source line) and its exception line. */
function frames(stderr: string): string[] {
  const lines = stderr.trimEnd().split("\n");
  const kept: string[] = [];
  lines.forEach((line, i) => {
    if (line.startsWith("  File ")) kept.push(line, lines[i + 1]);
  });
  return [...kept, lines.at(-1) ?? ""];
}

let session: PythonSession;
let stdout = "";
let stderr = "";

beforeAll(async () => {
  session = await createNodeSession({ stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
});

beforeEach(() => {
  stdout = "";
  stderr = "";
});

describe("PythonSession.runCell", () => {
  const source = read("notebook.py");
  const cells = splitCells(source);

  it("keeps definitions between cells and prints what the whole script prints", () => {
    expect(cells.map((c) => c.title)).toEqual(["Définitions", "Utilisation", "Une erreur"]);
    const codes = cells.map((cell, i) =>
      session.runCell("main.py", cell.code, { firstLine: cell.startLine, freshNamespace: i === 0 }),
    );
    expect(codes.map((c) => c.exitCode)).toEqual([0, 0, 1]);
    expect(stdout).toBe(read("notebook.stdout"));
    // The error of the third cell blames line 11 of the file, in the first cell, with its source line.
    expect(frames(stderr)).toEqual(frames(read("notebook.stderr")));
  });

  it("starts from an empty namespace when asked", () => {
    session.runCell("main.py", cells[0].code, { firstLine: 1, freshNamespace: true });
    const second = cells[1];
    const { exitCode } = session.runCell("main.py", second.code, {
      firstLine: second.startLine,
      freshNamespace: true,
    });
    expect(exitCode).toBe(1);
    expect(frames(stderr)).toEqual(frames(read("cell2-alone.stderr")));
  });

  it("empties the namespace when asked even if the cell does not compile", () => {
    session.runCell("main.py", "leftover = 1\n", { firstLine: 1, freshNamespace: true });
    expect(session.runCell("main.py", "x = = 2\n", { firstLine: 1, freshNamespace: true }).exitCode).toBe(1);
    stderr = "";
    expect(session.runCell("main.py", "leftover\n", { firstLine: 1, freshNamespace: false }).exitCode).toBe(
      1,
    );
    expect(parseTraceback(stderr)).toMatchObject({ kind: "NameError", line: 1 });
  });

  it("points a cell's syntax error at its line in the file", () => {
    const { exitCode } = session.runCell("main.py", "# %% Cassée\nx = = 2\n", {
      firstLine: 30,
      freshNamespace: false,
    });
    expect(exitCode).toBe(1);
    expect(frames(stderr)).toEqual(frames(read("syntax-error.stderr")));
    expect(frames(stderr)[0]).toBe('  File "main.py", line 31');
  });
});
