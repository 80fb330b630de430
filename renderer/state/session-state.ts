/**
 * What the UI knows about the engine and the runs, as one reducer over the worker's events and the
 * learner's commands. Output text is kept apart (output-log.ts): it can be huge and changes often.
 */
import type { JaxprGraph, LoadStage, RunError, TimingGroup, WorkerEvent } from "../worker/protocol.ts";

export interface PrintedJaxpr {
  readonly text: string;
  readonly graph: JaxprGraph;
}

export type EngineStatus =
  | { readonly kind: "loading"; readonly stage: LoadStage; readonly fraction: number }
  | { readonly kind: "ready" }
  | { readonly kind: "failed"; readonly message: string };

export type RunStatus =
  | { readonly kind: "idle" }
  | { readonly kind: "running"; readonly runId: number }
  | { readonly kind: "stopping"; readonly runId: number }
  | {
      readonly kind: "finished";
      readonly exitCode: number;
      readonly durationMs: number;
      readonly error: RunError | null;
    };

export interface SessionState {
  readonly engine: EngineStatus;
  readonly run: RunStatus;
  /** The jaxprs the last run printed, in order. */
  readonly jaxprs: readonly PrintedJaxpr[];
  /** The one the jaxpr panel and the graph show. */
  readonly selectedJaxpr: number;
  /** How many runs have ended since start-up. */
  readonly finishedRuns: number;
  /** Whether the run's last jaxpr is the one to show (a traced function's), rather than its first. */
  readonly showLastJaxpr: boolean;
  /** The timed calls of transformed functions of the current (or last) run. */
  readonly timings: readonly TimingGroup[];
  /** The time the runs of one batch (the cells of "Run all") took so far. */
  readonly batchMs: number;
}

export type SessionAction =
  | { readonly type: "worker"; readonly event: WorkerEvent }
  | {
      readonly type: "run-started";
      readonly runId: number;
      readonly showLastJaxpr?: boolean;
      /** The run goes on a batch (the next cell of "Run all"): its jaxprs add to the batch's, its time too. */
      readonly continuesBatch?: boolean;
    }
  | { readonly type: "stop-requested" }
  | { readonly type: "select-jaxpr"; readonly index: number };

export const initialSessionState: SessionState = {
  engine: { kind: "loading", stage: "python", fraction: 0 },
  run: { kind: "idle" },
  jaxprs: [],
  selectedJaxpr: 0,
  finishedRuns: 0,
  showLastJaxpr: false,
  timings: [],
  batchMs: 0,
};

function currentRunId(run: RunStatus): number | null {
  return run.kind === "running" || run.kind === "stopping" ? run.runId : null;
}

export function isRunning(state: SessionState): boolean {
  return currentRunId(state.run) !== null;
}

export function canRun(state: SessionState): boolean {
  return state.engine.kind === "ready" && !isRunning(state);
}

export function sessionReducer(state: SessionState, action: SessionAction): SessionState {
  switch (action.type) {
    case "run-started":
      if (action.continuesBatch === true) return { ...state, run: { kind: "running", runId: action.runId } };
      return {
        ...state,
        run: { kind: "running", runId: action.runId },
        jaxprs: [],
        selectedJaxpr: 0,
        showLastJaxpr: action.showLastJaxpr === true,
        timings: [],
        batchMs: 0,
      };
    case "stop-requested":
      return state.run.kind === "running"
        ? { ...state, run: { kind: "stopping", runId: state.run.runId } }
        : state;
    case "select-jaxpr":
      return action.index >= 0 && action.index < state.jaxprs.length
        ? { ...state, selectedJaxpr: action.index }
        : state;
    case "worker":
      return onWorkerEvent(state, action.event);
  }
}

function onWorkerEvent(state: SessionState, event: WorkerEvent): SessionState {
  switch (event.type) {
    case "progress":
      return {
        ...state,
        engine:
          event.stage === "ready"
            ? { kind: "ready" }
            : { kind: "loading", stage: event.stage, fraction: event.fraction },
      };
    case "load-failed":
      return { ...state, engine: { kind: "failed", message: event.message } };
    case "jaxpr": {
      if (event.runId !== currentRunId(state.run)) return state;
      // The first jaxpr of a run is shown (the last, for a traced function); others are a click away.
      const jaxprs = [...state.jaxprs, { text: event.text, graph: event.graph }];
      return {
        ...state,
        jaxprs,
        selectedJaxpr: state.showLastJaxpr ? jaxprs.length - 1 : state.selectedJaxpr,
      };
    }
    case "done": {
      if (event.runId !== currentRunId(state.run)) return state;
      const batchMs = state.batchMs + event.durationMs;
      return {
        ...state,
        run: { kind: "finished", exitCode: event.exitCode, durationMs: batchMs, error: event.error },
        finishedRuns: state.finishedRuns + 1,
        batchMs,
      };
    }
    case "timings":
      return event.runId === currentRunId(state.run) ? { ...state, timings: event.groups } : state;
    case "output":
    case "api":
      return state;
  }
}
