/** The public functions of the jax modules, read from the running Python package (for completions). */
import type { PyodideInterface } from "pyodide";

import type { ApiEntry } from "./protocol.ts";

export const DOCUMENTED_MODULES = ["jax", "jax.numpy", "jax.lax", "jax.nn", "jax.random"] as const;

const CATALOG_PY = `
import inspect, json, importlib

def _catalog(names):
    out = []
    for module_name in names:
        module = importlib.import_module(module_name)
        for name in sorted(dir(module)):
            if name.startswith("_"):
                continue
            value = getattr(module, name)
            if not callable(value) or inspect.ismodule(value):
                continue
            try:
                signature = str(inspect.signature(value))
            except (TypeError, ValueError):
                signature = "(...)"
            doc = (inspect.getdoc(value) or "").strip().split("\\n")[0]
            out.append({"module": module_name, "name": name, "signature": signature, "doc": doc})
    return json.dumps(out)
`;

export function readApiCatalog(pyodide: PyodideInterface): ApiEntry[] {
  const namespace = pyodide.globals.get("dict")();
  try {
    pyodide.runPython(CATALOG_PY, { globals: namespace });
    const catalog = namespace.get("_catalog") as (names: string) => string;
    const names = pyodide.toPy([...DOCUMENTED_MODULES]);
    try {
      return JSON.parse(catalog(names)) as ApiEntry[];
    } finally {
      names.destroy();
    }
  } finally {
    namespace.destroy();
  }
}
