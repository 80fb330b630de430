import { loadPyodide } from "pyodide";
import { describe, expect, it } from "vitest";

import { makePyodideSnapshot } from "../../scripts/pyodide-snapshot.ts";

describe("makePyodideSnapshot", { timeout: 120_000 }, () => {
  it("restores into a working interpreter that knows nothing of the Node process that made it", async () => {
    const snapshot = await makePyodideSnapshot();
    const pyodide = await loadPyodide({ _loadSnapshot: snapshot });
    expect(pyodide.runPython("sum(x * x for x in range(10))")).toBe(285);
    // What a browser's Pyodide has without a snapshot, not this test's path.
    expect(pyodide.runPython("import sys, os; sys.executable + ' ' + os.environ['_']")).toBe(
      "/home/pyodide/this.program ./this.program",
    );
  });
});
