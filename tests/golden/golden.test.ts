// Golden scripts: each NAME.py prints exactly NAME.stdout (made by real JAX 0.10.2) and exits as Python
// did (NAME.exit when not 0). All scripts run in one Pyodide session to keep the suite fast.
import { beforeAll } from "vitest";
import { createNodeSession } from "../../engine/node/session.ts";
import type { PythonSession } from "../../engine/python/runner.ts";
import { describeGoldens, FOLDERS } from "./golden-scripts.ts";

let session: PythonSession;
const output = { text: "" };
beforeAll(async () => {
  session = await createNodeSession({ stdout: (s) => (output.text += s), stderr: () => {} });
});

describeGoldens(FOLDERS, () => session, output);
