/**
 * The engine's worker: Pyodide, Traceur's `jax` package and the script runner, off the UI thread.
 * It answers the messages of protocol.ts and nothing else.
 */
import { jaxprToGraph } from "../../engine/ir/graph.ts";
import { setPrintedJaxprListener } from "../../engine/python/printed-jaxprs.ts";
import { PythonSession } from "../../engine/python/runner.ts";
import { readApiCatalog } from "./api-catalog.ts";
import { CallTimingSummary } from "./call-timing-summary.ts";
import { loadAppPyodide } from "./load-pyodide.ts";
import { OutputBatcher } from "./output-batcher.ts";
import { USER_FILE, type WorkerEvent, type WorkerRequest } from "./protocol.ts";
import { pythonSources } from "./python-sources.ts";
import { parseTraceback } from "./traceback.ts";

function post(event: WorkerEvent): void {
  self.postMessage(event);
}

let session: PythonSession | null = null;
let interruptBuffer: Int32Array | null = null;
/** Start-up; a run that arrives before it ends waits for it. */
let initialized: Promise<void> | null = null;
/** The run whose output is being produced (a single run at a time: Python runs synchronously here). */
let currentRunId = 0;
let stderrOfRun = "";

const batcher = new OutputBatcher({
  send: ({ stream, text }) => post({ type: "output", runId: currentRunId, stream, text }),
});

/** The timing panel's calls: summed up here, sent at most this often during a run, and at its end. */
const TIMINGS_INTERVAL_MS = 500;
const timings = new CallTimingSummary();
let timingsSentAt = 0;

function sendTimings(): void {
  timingsSentAt = performance.now();
  post({ type: "timings", runId: currentRunId, groups: timings.summary() });
}

async function init(pyodideUrl: string, buffer: SharedArrayBuffer): Promise<void> {
  post({ type: "progress", stage: "python", fraction: 0.05 });
  const pyodide = await loadAppPyodide(pyodideUrl);
  post({ type: "progress", stage: "jax", fraction: 0.7 });
  interruptBuffer = new Int32Array(buffer, 0, 1);
  const interruptRaised = new Int32Array(buffer, 4, 1);
  pyodide.setInterruptBuffer(interruptBuffer);
  session = PythonSession.create({
    pyodide,
    sources: pythonSources,
    stdout: (text) => batcher.write("stdout", text),
    stderr: (text) => {
      stderrOfRun += text;
      batcher.write("stderr", text);
    },
  });
  // Tells the UI that Stop worked, so that it delivers an interrupt Python read but lost again.
  session.onKeyboardInterrupt(() => Atomics.store(interruptRaised, 0, 1));
  session.warmUp();
  session.setCallTimingListener((call) => {
    timings.add(call);
    if (performance.now() - timingsSentAt >= TIMINGS_INTERVAL_MS) sendTimings();
  });
  // The graph and the editor link each equation to the learner's line that created it.
  session.trackSourceLines(true);
  setPrintedJaxprListener((jaxpr, text) => {
    // The jaxpr's own print comes after this call returns: send what was printed before it first.
    batcher.flush();
    post({ type: "jaxpr", runId: currentRunId, text, graph: jaxprToGraph(jaxpr) });
  });
  post({ type: "progress", stage: "ready", fraction: 1 });
  try {
    post({ type: "api", entries: readApiCatalog(pyodide) });
  } catch (error) {
    // Completions are a comfort: the app works without them.
    console.warn("Traceur: no API catalog for completions", error);
  }
}

function run(runId: number, code: string, firstLine: number, freshNamespace: boolean): void {
  if (!session || !interruptBuffer) throw new Error("The engine's worker was asked to run before init.");
  currentRunId = runId;
  stderrOfRun = "";
  Atomics.store(interruptBuffer, 0, 0);
  // Timings add up over the cells run one by one in the same namespace, as their definitions do.
  if (freshNamespace) timings.clear();
  const start = performance.now();
  timingsSentAt = start;
  const { exitCode } = session.runCell(USER_FILE, code, { firstLine, freshNamespace });
  batcher.flush();
  if (!timings.isEmpty) sendTimings();
  post({
    type: "done",
    runId,
    exitCode,
    durationMs: performance.now() - start,
    error: exitCode === 0 ? null : parseTraceback(stderrOfRun),
  });
}

/** A run, with an engine failure outside Python (out of memory in JavaScript, a bug) reported as its end. */
function runReporting(request: Extract<WorkerRequest, { type: "run" }>): void {
  try {
    run(request.runId, request.code, request.firstLine ?? 1, request.freshNamespace ?? true);
  } catch (error) {
    batcher.flush();
    const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    post({ type: "output", runId: request.runId, stream: "stderr", text: `${text}\n` });
    post({
      type: "done",
      runId: request.runId,
      exitCode: 1,
      durationMs: 0,
      error: { kind: "InternalError", message: text, line: null },
    });
  }
}

self.onmessage = (message: MessageEvent<WorkerRequest>) => {
  const request = message.data;
  switch (request.type) {
    case "init":
      initialized = init(request.pyodideUrl, request.interruptBuffer).catch((error: unknown) => {
        post({ type: "load-failed", message: error instanceof Error ? error.message : String(error) });
      });
      break;
    case "run":
      if (session === null && initialized !== null) void initialized.then(() => runReporting(request));
      else runReporting(request);
      break;
  }
};
