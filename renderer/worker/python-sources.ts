/** The `jax` Python package (engine/python/pkg), bundled into the worker as text. */
import type { PythonSources } from "../../engine/python/runner.ts";

const PKG_PREFIX = "../../engine/python/pkg/";

const files = import.meta.glob<string>("../../engine/python/pkg/**/*.py", {
  query: "?raw",
  import: "default",
  eager: true,
});

export const pythonSources: PythonSources = Object.fromEntries(
  Object.entries(files).map(([path, text]) => [path.slice(PKG_PREFIX.length), text]),
);
