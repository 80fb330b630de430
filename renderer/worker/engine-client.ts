/**
 * The UI's side of the engine's worker: starts it, sends runs, stops them, and hands every event of
 * protocol.ts to one listener. Stop first asks Python to raise KeyboardInterrupt (the worker stays as it
 * is); only if the code does not stop in time (stuck outside Python) is the worker replaced.
 */
import { SIGINT, type WorkerEvent, type WorkerRequest } from "./protocol.ts";

/** How long Stop waits for KeyboardInterrupt before it replaces the worker. */
const HARD_STOP_AFTER_MS = 5000;

export type EngineListener = (event: WorkerEvent) => void;

export class EngineClient {
  private worker: Worker;
  private readonly interrupt = new Int32Array(new SharedArrayBuffer(4));
  private readonly listener: EngineListener;
  private readonly pyodideUrl: string;
  private nextRunId = 1;
  private runningId: number | null = null;
  private hardStopTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(listener: EngineListener, pyodideUrl = new URL("pyodide/", document.baseURI).href) {
    this.listener = listener;
    this.pyodideUrl = pyodideUrl;
    this.worker = this.startWorker();
  }

  /**
   * Runs the code as a script, or as a notebook cell when `cell` says where it lies in the file and
   * whether to keep the namespace; returns the run's id, which its events carry.
   */
  run(code: string, cell?: { readonly firstLine: number; readonly freshNamespace: boolean }): number {
    const runId = this.nextRunId++;
    this.runningId = runId;
    this.send({ type: "run", runId, code, ...cell });
    return runId;
  }

  stop(): void {
    const runId = this.runningId;
    if (runId === null) return;
    Atomics.store(this.interrupt, 0, SIGINT);
    this.hardStopTimer ??= setTimeout(() => this.replaceWorker(runId), HARD_STOP_AFTER_MS);
  }

  dispose(): void {
    this.clearHardStop();
    this.worker.terminate();
  }

  private startWorker(): Worker {
    const worker = new Worker(new URL("./engine.worker.ts", import.meta.url), {
      type: "module",
      name: "traceur-engine",
    });
    worker.onmessage = (message: MessageEvent<WorkerEvent>) => this.receive(message.data);
    worker.onerror = (error) => {
      this.listener({ type: "load-failed", message: error.message || "worker error" });
    };
    Atomics.store(this.interrupt, 0, 0);
    worker.postMessage({
      type: "init",
      pyodideUrl: this.pyodideUrl,
      interruptBuffer: this.interrupt.buffer as SharedArrayBuffer,
    } satisfies WorkerRequest);
    return worker;
  }

  private receive(event: WorkerEvent): void {
    if (event.type === "done" && event.runId === this.runningId) {
      this.runningId = null;
      this.clearHardStop();
    }
    this.listener(event);
  }

  private replaceWorker(runId: number): void {
    this.hardStopTimer = null;
    if (this.runningId !== runId) return;
    this.worker.terminate();
    this.runningId = null;
    this.listener({ type: "output", runId, stream: "stderr", text: "KeyboardInterrupt\n" });
    this.listener({
      type: "done",
      runId,
      exitCode: 130,
      durationMs: 0,
      error: { kind: "KeyboardInterrupt", message: "KeyboardInterrupt", line: null },
    });
    this.worker = this.startWorker();
  }

  private clearHardStop(): void {
    if (this.hardStopTimer !== null) clearTimeout(this.hardStopTimer);
    this.hardStopTimer = null;
  }

  private send(request: WorkerRequest): void {
    this.worker.postMessage(request);
  }
}
