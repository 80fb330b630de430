/**
 * The notebook's side of the runs: which cells wait to run, which one runs, each cell's execution count
 * (`[3]`), status and output, and whether the next run must start from an empty namespace. Plain
 * mutable state with a version (as output-log.ts): output arrives often and can be large.
 */
import { OutputLog } from "../state/output-log.ts";
import type { OutputStream, RunError } from "../worker/protocol.ts";

/** What a cell's output shows: its last run's outcome ("never" while its first run waits). */
export type CellRunStatus = "never" | "running" | "done" | "failed" | "interrupted";

export interface CellRun {
  /** Its execution count (Jupyter's `[n]`), null before it first runs. */
  readonly count: number | null;
  readonly status: CellRunStatus;
  /** Whether it waits in the queue for its turn. */
  readonly queued: boolean;
  readonly error: RunError | null;
  readonly durationMs: number | null;
  /** What its last run printed. */
  readonly output: OutputLog;
}

export interface CellToRun {
  /** The cell's id (stable while the learner edits, see cell-ids.ts). */
  readonly cellId: string;
  readonly code: string;
  /** Its first line in the file (1-based). */
  readonly firstLine: number;
}

export interface NextCellRun extends CellToRun {
  readonly freshNamespace: boolean;
}

/** A cell's output keeps at most this many lines (the console keeps the full log). */
const MAX_CELL_LINES = 1000;

export class NotebookSession {
  private readonly runs = new Map<string, CellRun>();
  private queue: CellToRun[] = [];
  private running: { readonly runId: number; readonly cellId: string } | null = null;
  private executionCount = 0;
  /** The namespace holds what a previous session or a restart left: the next cell starts afresh. */
  private namespaceStale = true;
  /** Bumped on every change, for React to notice. */
  version = 0;

  /** Queues cells to run in order; `restart` first empties the namespace, the counts and the outputs. */
  enqueue(cells: readonly CellToRun[], options: { readonly restart: boolean }): void {
    if (options.restart) this.restart();
    for (const cell of cells) {
      this.queue.push(cell);
      const previous = this.runs.get(cell.cellId);
      this.runs.set(cell.cellId, { ...(previous ?? emptyRun()), queued: true });
    }
    this.version++;
  }

  /** The next cell to run, taken off the queue, or null when one runs already or none waits. */
  takeNext(): NextCellRun | null {
    if (this.running !== null) return null;
    const next = this.queue.shift();
    if (next === undefined) return null;
    return { ...next, freshNamespace: this.namespaceStale };
  }

  /** The engine started `cell` as run `runId`. */
  started(runId: number, cell: CellToRun): void {
    this.running = { runId, cellId: cell.cellId };
    this.namespaceStale = false;
    this.runs.set(cell.cellId, {
      count: ++this.executionCount,
      status: "running",
      queued: false,
      error: null,
      durationMs: null,
      output: new OutputLog(MAX_CELL_LINES),
    });
    this.version++;
  }

  /** Output of a run; ignored unless it is the running cell's. */
  output(runId: number, stream: OutputStream, text: string): void {
    const cellId = this.cellOfRun(runId);
    if (cellId === null) return;
    this.runs.get(cellId)?.output.append(stream, text);
    this.version++;
  }

  /** The end of a run: a cell that fails (or is interrupted) cancels the cells queued after it. */
  finished(runId: number, result: { exitCode: number; error: RunError | null; durationMs: number }): void {
    const cellId = this.cellOfRun(runId);
    if (cellId === null) return;
    this.running = null;
    const run = this.runs.get(cellId);
    if (run) {
      const status: CellRunStatus =
        result.error?.kind === "KeyboardInterrupt"
          ? "interrupted"
          : result.exitCode === 0
            ? "done"
            : "failed";
      this.runs.set(cellId, { ...run, status, error: result.error, durationMs: result.durationMs });
    }
    if (result.exitCode !== 0) this.cancelQueue();
    this.version++;
  }

  /** Drops the cells that wait (Stop). */
  cancelQueue(): void {
    for (const cell of this.queue) {
      const run = this.runs.get(cell.cellId);
      if (!run) continue;
      if (run.status === "never") this.runs.delete(cell.cellId);
      else this.runs.set(cell.cellId, { ...run, queued: false });
    }
    this.queue = [];
    this.version++;
  }

  /** Forgets the outputs and counts; the next cell runs in an empty namespace. */
  restart(): void {
    this.runs.clear();
    this.queue = [];
    this.executionCount = 0;
    this.namespaceStale = true;
    this.version++;
  }

  /** A new Python started (the engine replaced a stuck one): the next cell starts afresh. */
  pythonRestarted(): void {
    this.namespaceStale = true;
  }

  /** Forgets the outputs of cells that no longer exist. */
  keepOnly(cellIds: ReadonlySet<string>): void {
    let changed = false;
    for (const id of this.runs.keys()) {
      if (!cellIds.has(id) && this.running?.cellId !== id) {
        this.runs.delete(id);
        changed = true;
      }
    }
    if (changed) this.version++;
  }

  get(cellId: string): CellRun | undefined {
    return this.runs.get(cellId);
  }

  /** The ids of the cells that have something to show. */
  get cellIds(): string[] {
    return [...this.runs.keys()];
  }

  /** Whether a cell runs or waits to. */
  get busy(): boolean {
    return this.running !== null || this.queue.length > 0;
  }

  private cellOfRun(runId: number): string | null {
    return this.running?.runId === runId ? this.running.cellId : null;
  }
}

function emptyRun(): CellRun {
  return {
    count: null,
    status: "never",
    queued: false,
    error: null,
    durationMs: null,
    output: new OutputLog(0),
  };
}
