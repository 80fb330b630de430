/**
 * The UI's side of the engine's worker: starts it, sends runs, stops them, and hands every event of
 * protocol.ts to one listener. Stop first asks Python to raise KeyboardInterrupt (the worker stays as it
 * is); only if the code does not stop in time (stuck outside Python) is the worker replaced, and the UI
 * then sees the engine loading again.
 *
 * The page starts the engine before it loads the UI (startEngineEarly, from main.tsx): Pyodide loads
 * while React and Monaco do. Events that come before the UI listens are kept and handed over then.
 */
import { SIGINT, type WorkerEvent, type WorkerRequest } from "./protocol.ts";

/** How long Stop waits for KeyboardInterrupt before it replaces the worker. */
const HARD_STOP_AFTER_MS = 5000;
/** How long an interrupt may stay read by Python but not raised before Stop delivers it again. */
const REDELIVER_AFTER_MS = 400;

export type EngineListener = (event: WorkerEvent) => void;

let earlyEngine: EngineClient | null = null;

/** Starts the engine's worker now, for the UI to take (takeEngine) once it is up. */
export function startEngineEarly(): void {
  earlyEngine ??= new EngineClient();
}

/** The engine started early if it is still unclaimed, or a new one; `listener` gets all its events. */
export function takeEngine(listener: EngineListener): EngineClient {
  const engine = earlyEngine ?? new EngineClient();
  earlyEngine = null;
  engine.listen(listener);
  return engine;
}

export class EngineClient {
  private worker: Worker;
  /** Pyodide's interrupt buffer, then a slot the worker sets to 1 once Python raised KeyboardInterrupt. */
  private readonly interruptMemory = new SharedArrayBuffer(8);
  private readonly interrupt = new Int32Array(this.interruptMemory, 0, 1);
  private readonly interruptRaised = new Int32Array(this.interruptMemory, 4, 1);
  private listener: EngineListener | null = null;
  /** Events that came before anyone listened. */
  private pending: WorkerEvent[] = [];
  private readonly pyodideUrl: string;
  private nextRunId = 1;
  private runningId: number | null = null;
  private hardStopTimer: ReturnType<typeof setTimeout> | null = null;
  private redeliverTimer: ReturnType<typeof setInterval> | null = null;

  constructor(pyodideUrl = new URL("pyodide/", document.baseURI).href) {
    this.pyodideUrl = pyodideUrl;
    this.worker = this.startWorker();
  }

  /** Sends every event to `listener` from now on, starting with those that came before. */
  listen(listener: EngineListener): void {
    this.listener = listener;
    const pending = this.pending;
    this.pending = [];
    for (const event of pending) listener(event);
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
    Atomics.store(this.interruptRaised, 0, 0);
    Atomics.store(this.interrupt, 0, SIGINT);
    this.hardStopTimer ??= setTimeout(() => this.replaceWorker(runId), HARD_STOP_AFTER_MS);
    // Python can read the interrupt at a moment it then loses (seen under heavy load): when it has read it
    // and still not raised KeyboardInterrupt, deliver it again.
    this.redeliverTimer ??= setInterval(() => {
      if (Atomics.load(this.interrupt, 0) === 0 && Atomics.load(this.interruptRaised, 0) === 0) {
        Atomics.store(this.interrupt, 0, SIGINT);
      }
    }, REDELIVER_AFTER_MS);
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
      this.emit({ type: "load-failed", message: error.message || "worker error" });
    };
    Atomics.store(this.interrupt, 0, 0);
    Atomics.store(this.interruptRaised, 0, 0);
    worker.postMessage({
      type: "init",
      pyodideUrl: this.pyodideUrl,
      interruptBuffer: this.interruptMemory,
    } satisfies WorkerRequest);
    return worker;
  }

  private receive(event: WorkerEvent): void {
    if (event.type === "done" && event.runId === this.runningId) {
      this.runningId = null;
      this.clearHardStop();
    }
    this.emit(event);
  }

  private emit(event: WorkerEvent): void {
    if (this.listener) this.listener(event);
    else this.pending.push(event);
  }

  private replaceWorker(runId: number): void {
    this.clearHardStop();
    if (this.runningId !== runId) return;
    this.worker.terminate();
    this.runningId = null;
    // Loading again from now on, before the run's end reaches the UI: nothing can be run until the new
    // worker is ready, and the notebook knows its namespace is gone.
    this.emit({ type: "progress", stage: "python", fraction: 0, restarted: true });
    this.emit({ type: "output", runId, stream: "stderr", text: "KeyboardInterrupt\n" });
    this.emit({
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
    if (this.redeliverTimer !== null) clearInterval(this.redeliverTimer);
    this.hardStopTimer = null;
    this.redeliverTimer = null;
  }

  private send(request: WorkerRequest): void {
    this.worker.postMessage(request);
  }
}
