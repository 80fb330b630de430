import { describe, expect, it } from "vitest";

import { NotebookSession, type CellToRun } from "../../../renderer/cells/notebook-session.ts";
import type { RunError } from "../../../renderer/worker/protocol.ts";

interface Result {
  readonly exitCode: number;
  readonly error: RunError | null;
  readonly durationMs: number;
}

const cell = (cellId: string, firstLine = 1): CellToRun => ({ cellId, code: `# ${cellId}`, firstLine });
const ok: Result = { exitCode: 0, error: null, durationMs: 3 };
const failure: Result = {
  exitCode: 1,
  error: { kind: "NameError", message: "NameError: name 'x' is not defined", line: 7 },
  durationMs: 2,
};

/** Runs the queue as the app does, each cell's run given its id by the engine. */
function runQueue(session: NotebookSession, results: readonly Result[], firstRunId = 1): number[] {
  const ids: number[] = [];
  let runId = firstRunId;
  for (const result of results) {
    const next = session.takeNext();
    if (!next) break;
    session.started(runId, next);
    session.output(runId, "stdout", `${next.cellId}\n`);
    session.finished(runId, result);
    ids.push(runId++);
  }
  return ids;
}

describe("NotebookSession", () => {
  it("runs queued cells one at a time, in order, the first in an empty namespace", () => {
    const session = new NotebookSession();
    session.enqueue([cell("a", 1), cell("b", 5)], { restart: true });
    expect(session.get("a")).toMatchObject({ count: null, status: "never", queued: true });
    const first = session.takeNext();
    expect(first).toEqual({ cellId: "a", code: "# a", firstLine: 1, freshNamespace: true });
    session.started(1, cell("a", 1));
    // One run at a time.
    expect(session.takeNext()).toBeNull();
    expect(session.busy).toBe(true);
    session.output(1, "stdout", "1\n");
    session.output(99, "stdout", "not mine\n");
    session.finished(1, ok);
    expect(session.get("a")).toMatchObject({ count: 1, status: "done", queued: false, durationMs: 3 });
    expect(session.get("a")?.output.text()).toBe("1");
    expect(session.takeNext()).toEqual({ cellId: "b", code: "# b", firstLine: 5, freshNamespace: false });
  });

  it("keeps the namespace between separate cell runs and counts runs as Jupyter does", () => {
    const session = new NotebookSession();
    session.enqueue([cell("a")], { restart: false });
    runQueue(session, [ok]);
    session.enqueue([cell("b")], { restart: false });
    expect(session.takeNext()?.freshNamespace).toBe(false);
    session.started(2, cell("b"));
    session.finished(2, ok);
    session.enqueue([cell("a")], { restart: false });
    runQueue(session, [ok], 3);
    expect([session.get("a")?.count, session.get("b")?.count]).toEqual([3, 2]);
  });

  it("stops the queue at a failing cell and keeps its error", () => {
    const session = new NotebookSession();
    session.enqueue([cell("a")], { restart: false });
    runQueue(session, [ok]);
    session.enqueue([cell("a"), cell("b"), cell("c")], { restart: false });
    runQueue(session, [ok, failure, ok], 2);
    expect(session.get("b")).toMatchObject({ status: "failed", error: failure.error, count: 3 });
    // "a" keeps its output; "c", which never ran, has none.
    expect(session.get("a")).toMatchObject({ status: "done", queued: false, count: 2 });
    expect(session.get("c")).toBeUndefined();
    expect(session.busy).toBe(false);
  });

  it("restarts: no outputs, counts from 1, an empty namespace", () => {
    const session = new NotebookSession();
    session.enqueue([cell("a"), cell("b")], { restart: true });
    runQueue(session, [ok, ok]);
    session.restart();
    expect(session.cellIds).toEqual([]);
    session.enqueue([cell("b")], { restart: false });
    const next = session.takeNext();
    expect(next?.freshNamespace).toBe(true);
    session.started(7, cell("b"));
    expect(session.get("b")?.count).toBe(1);
  });

  it("marks an interrupted cell and drops the cells after it", () => {
    const session = new NotebookSession();
    session.enqueue([cell("a"), cell("b")], { restart: true });
    const next = session.takeNext();
    session.started(1, next ?? cell("a"));
    session.finished(1, {
      exitCode: 130,
      error: { kind: "KeyboardInterrupt", message: "KeyboardInterrupt", line: null },
      durationMs: 0,
    });
    expect(session.get("a")?.status).toBe("interrupted");
    expect(session.takeNext()).toBeNull();
  });

  it("runs the next cell afresh after Python restarted, keeping the outputs", () => {
    const session = new NotebookSession();
    session.enqueue([cell("a")], { restart: false });
    runQueue(session, [ok]);
    session.pythonRestarted();
    session.enqueue([cell("b")], { restart: false });
    expect(session.takeNext()?.freshNamespace).toBe(true);
    expect(session.get("a")?.status).toBe("done");
  });

  it("forgets the outputs of cells that are gone", () => {
    const session = new NotebookSession();
    session.enqueue([cell("a"), cell("b")], { restart: true });
    runQueue(session, [ok, ok]);
    const version = session.version;
    session.keepOnly(new Set(["b"]));
    expect(session.cellIds).toEqual(["b"]);
    expect(session.version).toBeGreaterThan(version);
  });
});
