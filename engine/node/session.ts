// Node only: a Python session on Pyodide loaded from node_modules (no network).
import { loadPyodide } from "pyodide";
import { PythonSession } from "../python/runner.ts";
import { readPythonSources } from "./python-sources.ts";

export interface NodeSessionOptions {
  stdout?: (text: string) => void;
  stderr?: (text: string) => void;
  /** Pyodide's interrupt buffer: writing 2 (SIGINT) raises KeyboardInterrupt in the running script. */
  interruptBuffer?: Int32Array;
}

export async function createNodeSession(opts: NodeSessionOptions = {}): Promise<PythonSession> {
  const pyodide = await loadPyodide();
  if (opts.interruptBuffer) pyodide.setInterruptBuffer(opts.interruptBuffer);
  return PythonSession.create({
    pyodide,
    sources: readPythonSources(),
    stdout: opts.stdout ?? ((s) => process.stdout.write(s)),
    stderr: opts.stderr ?? ((s) => process.stderr.write(s)),
  });
}
