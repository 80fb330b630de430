// The golden scripts and how one is checked: NAME.py prints exactly NAME.stdout (made by real JAX
// 0.10.2) and exits as Python did (NAME.exit when not 0).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import type { PythonSession } from "../../engine/python/runner.ts";

export const ROOT = path.resolve(import.meta.dirname, "../..");
const SHARED = path.resolve(ROOT, "../shared/golden");

/**
 * The public goldens this project must pass so far: whole folders, or single scripts ("folder/name.py")
 * while the rest of their folder waits for features still being built.
 */
export const PUBLIC = ["core", "seed", "transforms", "pytrees", "random", "control"];

/** Every golden of the project's own, folder by folder. */
const OWN = fs
  .readdirSync(import.meta.dirname, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => path.join(import.meta.dirname, e.name));

function scripts(entry: string): string[] {
  if (entry.endsWith(".py")) return [entry];
  if (!fs.existsSync(entry)) return [];
  return fs
    .readdirSync(entry)
    .filter((f) => f.endsWith(".py") && fs.existsSync(path.join(entry, f.replace(/\.py$/, ".stdout"))))
    .sort()
    .map((f) => path.join(entry, f));
}

export const FOLDERS = [
  ...groupByFolder(PUBLIC.map((p) => path.join(SHARED, p))),
  ...OWN.map((folder) => [folder, scripts(folder)] as const),
];

function groupByFolder(entries: string[]): Array<readonly [string, string[]]> {
  const groups = new Map<string, string[]>();
  for (const e of entries) {
    const folder = e.endsWith(".py") ? path.dirname(e) : e;
    groups.set(folder, [...(groups.get(folder) ?? []), ...scripts(e)]);
  }
  return [...groups];
}

/** One test per script of each folder, run in `session()` with its stdout collected by `output`. */
export function describeGoldens(
  folders: ReadonlyArray<readonly [string, readonly string[]]>,
  session: () => PythonSession,
  output: { text: string },
): void {
  for (const [folder, files] of folders) {
    if (files.length === 0) continue;
    describe(path.relative(ROOT, folder), () => {
      for (const file of files) {
        test(path.basename(file), () => {
          output.text = "";
          const rel = path.relative(ROOT, file);
          const { exitCode } = session().runScript(rel, fs.readFileSync(file, "utf8"));
          const want = fs.readFileSync(file.replace(/\.py$/, ".stdout"), "utf8");
          const exitFile = file.replace(/\.py$/, ".exit");
          const wantExit = fs.existsSync(exitFile) ? Number(fs.readFileSync(exitFile, "utf8").trim()) : 0;
          expect(output.text).toBe(want);
          expect(exitCode).toBe(wantExit);
        });
      }
    });
  }
}
