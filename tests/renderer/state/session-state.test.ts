import { describe, expect, it } from "vitest";

import {
  canRun,
  initialSessionState,
  isRunning,
  sessionReducer,
  type SessionAction,
  type SessionState,
} from "../../../renderer/state/session-state.ts";
import type { JaxprGraph, TimingGroup, WorkerEvent } from "../../../renderer/worker/protocol.ts";

const graph: JaxprGraph = { nodes: [], edges: [], equationCount: 0 };
const worker = (event: WorkerEvent): SessionAction => ({ type: "worker", event });
const apply = (state: SessionState, ...actions: SessionAction[]) => actions.reduce(sessionReducer, state);
const ready = apply(initialSessionState, worker({ type: "progress", stage: "ready", fraction: 1 }));

describe("sessionReducer", () => {
  it("follows start-up until the engine is ready", () => {
    const loading = apply(initialSessionState, worker({ type: "progress", stage: "jax", fraction: 0.7 }));
    expect(loading.engine).toEqual({ kind: "loading", stage: "jax", fraction: 0.7 });
    expect(canRun(loading)).toBe(false);
    expect(ready.engine).toEqual({ kind: "ready" });
    expect(canRun(ready)).toBe(true);
  });

  it("reports a failed start", () => {
    const failed = apply(initialSessionState, worker({ type: "load-failed", message: "no wasm" }));
    expect(failed.engine).toEqual({ kind: "failed", message: "no wasm" });
    expect(canRun(failed)).toBe(false);
  });

  it("collects a run's jaxprs and ends it on its done event", () => {
    const state = apply(
      ready,
      { type: "run-started", runId: 1 },
      worker({ type: "jaxpr", runId: 1, text: "{ lambda ; . let  in () }", graph }),
      worker({ type: "jaxpr", runId: 1, text: "second", graph }),
    );
    expect(isRunning(state)).toBe(true);
    expect(canRun(state)).toBe(false);
    expect(state.jaxprs.map((j) => j.text)).toEqual(["{ lambda ; . let  in () }", "second"]);
    const done = apply(state, worker({ type: "done", runId: 1, exitCode: 0, durationMs: 12, error: null }));
    expect(done.run).toEqual({ kind: "finished", exitCode: 0, durationMs: 12, error: null });
    expect(done.finishedRuns).toBe(1);
    expect(canRun(done)).toBe(true);
  });

  it("starts each run with no jaxprs, and selects among them", () => {
    const first = apply(
      ready,
      { type: "run-started", runId: 1 },
      worker({ type: "jaxpr", runId: 1, text: "a", graph }),
      worker({ type: "jaxpr", runId: 1, text: "b", graph }),
      { type: "select-jaxpr", index: 1 },
    );
    expect(first.selectedJaxpr).toBe(1);
    expect(apply(first, { type: "select-jaxpr", index: 5 }).selectedJaxpr).toBe(1);
    const second = apply(first, { type: "run-started", runId: 2 });
    expect(second.jaxprs).toEqual([]);
    expect(second.selectedJaxpr).toBe(0);
  });

  it("keeps the jaxprs and adds up the time of the runs of one batch (the cells of Run all)", () => {
    const batch = apply(
      ready,
      { type: "run-started", runId: 1 },
      worker({ type: "jaxpr", runId: 1, text: "a", graph }),
      worker({ type: "done", runId: 1, exitCode: 0, durationMs: 5, error: null }),
      { type: "run-started", runId: 2, continuesBatch: true },
      worker({ type: "jaxpr", runId: 2, text: "b", graph }),
      worker({ type: "done", runId: 2, exitCode: 0, durationMs: 7, error: null }),
    );
    expect(batch.jaxprs.map((j) => j.text)).toEqual(["a", "b"]);
    expect(batch.run).toEqual({ kind: "finished", exitCode: 0, durationMs: 12, error: null });
    const next = apply(
      batch,
      { type: "run-started", runId: 3 },
      worker({ type: "done", runId: 3, exitCode: 0, durationMs: 2, error: null }),
    );
    expect(next.jaxprs).toEqual([]);
    expect(next.run).toMatchObject({ durationMs: 2 });
  });

  it("ignores the events of a run that is no longer current", () => {
    const state = apply(ready, { type: "run-started", runId: 2 });
    const stale = apply(
      state,
      worker({ type: "jaxpr", runId: 1, text: "old", graph }),
      worker({ type: "done", runId: 1, exitCode: 0, durationMs: 1, error: null }),
    );
    expect(stale).toEqual(state);
  });

  it("goes through stopping to the interrupted run's end", () => {
    const stopping = apply(ready, { type: "run-started", runId: 3 }, { type: "stop-requested" });
    expect(stopping.run).toEqual({ kind: "stopping", runId: 3 });
    const error = { kind: "KeyboardInterrupt", message: "KeyboardInterrupt", line: 2 };
    const done = apply(stopping, worker({ type: "done", runId: 3, exitCode: 130, durationMs: 900, error }));
    expect(done.run).toMatchObject({ kind: "finished", exitCode: 130, error });
    expect(apply(done, { type: "stop-requested" })).toEqual(done);
  });
});

describe("sessionReducer, tracing a function", () => {
  it("shows the run's last jaxpr: the traced function's", () => {
    const state = apply(
      ready,
      { type: "run-started", runId: 4, showLastJaxpr: true },
      worker({ type: "jaxpr", runId: 4, text: "printed by the code", graph }),
      worker({ type: "jaxpr", runId: 4, text: "traced", graph }),
    );
    expect(state.selectedJaxpr).toBe(1);
    expect(apply(state, { type: "run-started", runId: 5 }).showLastJaxpr).toBe(false);
  });

  it("keeps the current run's timings, each event replacing the last, and clears them at the next run", () => {
    const group = (count: number): TimingGroup => ({
      fn: "f",
      transforms: ["jit"],
      traced: false,
      count,
      firstMs: 1,
      medianMs: 1,
      minMs: 1,
      maxMs: 1,
      restMedianMs: null,
      recentMs: [1],
    });
    const running = apply(ready, { type: "run-started", runId: 3 });
    const state = apply(
      running,
      worker({ type: "timings", runId: 3, groups: [group(1)] }),
      worker({ type: "timings", runId: 3, groups: [group(2)] }),
      worker({ type: "timings", runId: 2, groups: [group(9)] }),
    );
    expect(state.timings).toEqual([group(2)]);
    expect(apply(state, { type: "run-started", runId: 4 }).timings).toEqual([]);
  });
});
