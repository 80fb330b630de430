// Golden scripts: each NAME.py prints exactly NAME.stdout (made by real JAX 0.10.2) and exits as Python
// did (NAME.exit when not 0). All scripts run in one Pyodide session to keep the suite fast.
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { createNodeSession } from "../../engine/node/session.ts";
import type { PythonSession } from "../../engine/python/runner.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SHARED = path.resolve(ROOT, "../shared/golden");

/** The public goldens this project must pass so far, and every golden of its own. */
const FOLDERS = [path.join(SHARED, "core"), ...fs.readdirSync(import.meta.dirname, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => path.join(import.meta.dirname, e.name))];

function scripts(folder: string): string[] {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .filter((f) => f.endsWith(".py") && fs.existsSync(path.join(folder, f.replace(/\.py$/, ".stdout"))))
    .sort()
    .map((f) => path.join(folder, f));
}

let session: PythonSession;
let out = "";
beforeAll(async () => {
  session = await createNodeSession({ stdout: (s) => (out += s), stderr: () => {} });
});

for (const folder of FOLDERS) {
  const files = scripts(folder);
  if (files.length === 0) continue;
  describe(path.relative(ROOT, folder), () => {
    for (const file of files) {
      test(path.basename(file), () => {
        out = "";
        const rel = path.relative(ROOT, file);
        const { exitCode } = session.runScript(rel, fs.readFileSync(file, "utf8"));
        const want = fs.readFileSync(file.replace(/\.py$/, ".stdout"), "utf8");
        const exitFile = file.replace(/\.py$/, ".exit");
        const wantExit = fs.existsSync(exitFile) ? Number(fs.readFileSync(exitFile, "utf8").trim()) : 0;
        expect(out).toBe(want);
        expect(exitCode).toBe(wantExit);
      });
    }
  });
}
