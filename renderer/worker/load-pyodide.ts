/**
 * Pyodide from the app's own files, restored from the memory snapshot the build made of its bootstrap
 * (scripts/pyodide-snapshot.ts): the interpreter does not start up again in every window. Without a
 * snapshot (a build that has none), it starts up as usual.
 */
import { loadPyodide, type PyodideInterface } from "pyodide";

/** The snapshot's file, beside Pyodide's own. */
export const PYODIDE_SNAPSHOT_FILE = "pyodide-snapshot.bin";

export async function loadAppPyodide(indexURL: string): Promise<PyodideInterface> {
  const response = await fetch(new URL(PYODIDE_SNAPSHOT_FILE, indexURL)).catch(() => null);
  if (!response?.ok) return loadPyodide({ indexURL });
  // The body goes on downloading while Pyodide fetches and compiles its WebAssembly.
  return loadPyodide({ indexURL, _loadSnapshot: response.arrayBuffer() });
}
