// A memory snapshot of Pyodide just after its bootstrap, made at build time in Node (the same
// pyodide.asm.wasm the app ships). Restoring it skips the interpreter's start-up (about two seconds of
// Python running in freshly compiled WebAssembly), the largest part of opening the app.
import { loadPyodide } from "pyodide";

export { PYODIDE_SNAPSHOT_FILE } from "../renderer/worker/load-pyodide.ts";

export async function makePyodideSnapshot(): Promise<Uint8Array> {
  // What the browser would set without a snapshot, rather than this Node process's path.
  const pyodide = await loadPyodide({ _makeSnapshot: true, _sysExecutable: "./this.program" });
  return pyodide.makeMemorySnapshot();
}
