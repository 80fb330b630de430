/**
 * The messages between the UI and the engine's worker. The UI reaches the engine only through them:
 * plain JSON data (plus, once, the SharedArrayBuffer that carries the Stop signal).
 */
import type { JaxprGraph } from "../../engine/ir/graph.ts";

export type { GraphEdge, GraphNode, GraphNodeKind, JaxprGraph } from "../../engine/ir/graph.ts";

/** The file name user code runs under: tracebacks name it, and the UI finds the learner's lines by it. */
export const USER_FILE = "main.py";

/** Written into the interrupt buffer to stop the running code (Python's SIGINT: KeyboardInterrupt). */
export const SIGINT = 2;

export type WorkerRequest =
  | {
      readonly type: "init";
      /** Where Pyodide's files are served (a folder URL ending in `/`). */
      readonly pyodideUrl: string;
      /**
       * Two Int32 slots: the UI writes {@link SIGINT} into the first to stop the running code (Pyodide's
       * interrupt buffer); the worker sets the second to 1 once Python raised KeyboardInterrupt for it.
       */
      readonly interruptBuffer: SharedArrayBuffer;
    }
  | {
      readonly type: "run";
      readonly runId: number;
      readonly code: string;
      /** The 1-based line of the file where `code` begins (a notebook cell's); 1 when absent. */
      readonly firstLine?: number;
      /**
       * Whether to start from an empty namespace, as a new `python3` process does (true when absent);
       * false runs the code where earlier runs left their definitions, as a notebook cell.
       */
      readonly freshNamespace?: boolean;
    };

/** The steps of start-up, in order, for the progress bar. */
export type LoadStage = "python" | "jax" | "ready";

export type OutputStream = "stdout" | "stderr";

/** Where an uncaught exception (or a syntax error) points in the learner's code. */
export interface RunError {
  /** The exception type: `SyntaxError`, `TypeError`, `KeyboardInterrupt`, ... */
  readonly kind: string;
  /** Its last traceback line: `TypeError: unsupported operand ...`. */
  readonly message: string;
  /** The line of the learner's code the innermost frame of its traceback names (1-based). */
  readonly line: number | null;
}

/** One public function of a jax module, as Python describes it. */
export interface ApiEntry {
  readonly module: string;
  readonly name: string;
  /** Its parameter list as `inspect.signature` prints it: `(x, /, *, axis=None)`. */
  readonly signature: string;
  /** The first line of its docstring (English), or "". */
  readonly doc: string;
}

/**
 * The calls of one transformed function with one transformation chain (and, for jit, one of "traced and
 * compiled" or "cache hit"), summed up by the worker (call-timing-summary.ts) so that a loop of a million
 * calls stays a few small messages. Times are wall-clock milliseconds, measured by the engine.
 */
export interface TimingGroup {
  /** The function's `__name__`. */
  readonly fn: string;
  /** Outermost first: `["jit", "vmap"]` for `jax.jit(jax.vmap(f))`. */
  readonly transforms: readonly string[];
  /** jit only: whether these calls traced and compiled (cache misses); null for other transformations. */
  readonly traced: boolean | null;
  readonly count: number;
  readonly firstMs: number;
  /** Over all the calls of the group. */
  readonly medianMs: number;
  readonly minMs: number;
  readonly maxMs: number;
  /** The median of the calls after the first one; null after a single call. */
  readonly restMedianMs: number | null;
  /** The last calls' times, oldest first (a bounded number, for the chart). */
  readonly recentMs: readonly number[];
}

export type WorkerEvent =
  | {
      readonly type: "progress";
      readonly stage: LoadStage;
      readonly fraction: number;
      /** Set when a new worker replaces one that did not stop: Python starts again, its definitions lost. */
      readonly restarted?: boolean;
    }
  | { readonly type: "api"; readonly entries: readonly ApiEntry[] }
  | { readonly type: "load-failed"; readonly message: string }
  | { readonly type: "output"; readonly runId: number; readonly stream: OutputStream; readonly text: string }
  | {
      readonly type: "jaxpr";
      readonly runId: number;
      readonly text: string;
      readonly graph: JaxprGraph;
    }
  /** Every call timed so far in the run, summed up again (each event replaces the previous one). */
  | { readonly type: "timings"; readonly runId: number; readonly groups: readonly TimingGroup[] }
  | {
      readonly type: "done";
      readonly runId: number;
      readonly exitCode: number;
      readonly durationMs: number;
      readonly error: RunError | null;
    };
