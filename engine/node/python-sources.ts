// Node only: read the Python package that ships in engine/python/pkg.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { PythonSources } from "../python/runner.ts";

const PKG_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../python/pkg");

export function readPythonSources(): PythonSources {
  const out: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".py")) out[path.relative(PKG_DIR, full).split(path.sep).join("/")] = fs.readFileSync(full, "utf8");
    }
  };
  walk(PKG_DIR);
  return out;
}
