// Node only: runs one script on Pyodide in a worker thread, so the main thread stays free to turn
// Ctrl+C into a KeyboardInterrupt through Pyodide's interrupt buffer.
import { parentPort, workerData } from "node:worker_threads";
import { installKernelHelper } from "./kernel-helper.ts";
import { createNodeSession } from "./session.ts";

export interface CliWorkerData {
  readonly file: string;
  readonly source: string;
  /** Two Int32 slots: Pyodide's interrupt buffer, and 1 once Python raised KeyboardInterrupt for it. */
  readonly interrupt: SharedArrayBuffer;
}

export type CliWorkerMessage =
  | { readonly kind: "stdout" | "stderr"; readonly text: string }
  | { readonly kind: "exit"; readonly code: number };

const data = workerData as CliWorkerData;
const post = (m: CliWorkerMessage): void => parentPort?.postMessage(m);

installKernelHelper();
const session = await createNodeSession({
  stdout: (text) => post({ kind: "stdout", text }),
  stderr: (text) => post({ kind: "stderr", text }),
  interruptBuffer: new Int32Array(data.interrupt, 0, 1),
});
const raised = new Int32Array(data.interrupt, 4, 1);
session.onKeyboardInterrupt(() => Atomics.store(raised, 0, 1));
post({ kind: "exit", code: session.runScript(data.file, data.source).exitCode });
