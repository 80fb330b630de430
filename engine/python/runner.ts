// Runs Python scripts on Pyodide with Traceur's `jax` package: the same for the CLI and the app's worker.
import type { PyodideInterface } from "pyodide";
import { createBridge } from "./bridge.ts";
import { type CallTimingListener, setCallTimingListener } from "../observe/call-timings.ts";
import "../register.ts";

export interface PythonSources {
  /** Paths relative to the package root ("jax/__init__.py") mapped to their text. */
  readonly [path: string]: string;
}

export interface SessionOptions {
  readonly pyodide: PyodideInterface;
  readonly sources: PythonSources;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

export interface RunResult {
  /** The process exit status Python would give: 0, 1 for an uncaught exception, or sys.exit's code. */
  readonly exitCode: number;
}

export interface CellPlacement {
  /** The 1-based line of the file where the cell's code begins. */
  readonly firstLine: number;
  /** Whether to start from an empty `__main__` namespace, as a new `python3` process would. */
  readonly freshNamespace: boolean;
}

type RunCellFn = (path: string, source: string, firstLine: number, fresh: boolean) => number;

const LIB = "/traceur/lib";

const RUNNER_PY = `
import sys, traceback, linecache

_LIB = ${JSON.stringify(LIB)}

def _user_frames(tb):
    frames = traceback.extract_tb(tb)
    return [f for f in frames if not f.filename.startswith(_LIB) and f.filename != "<traceur-runner>"]

def _print_exception(e):
    te = traceback.TracebackException.from_exception(e)
    def prune(t):
        t.stack = traceback.StackSummary.from_list(
            [f for f in t.stack if not f.filename.startswith(_LIB) and f.filename != "<traceur-runner>"])
        if t.__cause__ is not None:
            prune(t.__cause__)
        if t.__context__ is not None:
            prune(t.__context__)
    prune(te)
    sys.stderr.write("".join(te.format()))

def _remember_lines(path, source, first_line, fresh):
    # Tracebacks read the file's lines here: a cell's lines replace those at its place in the file.
    cell_lines = source.splitlines(True)
    known = [] if fresh or path not in linecache.cache else list(linecache.cache[path][2])
    known += ["\\n"] * max(0, first_line - 1 - len(known))
    known[first_line - 1 : first_line - 1 + len(cell_lines)] = cell_lines
    linecache.cache[path] = (sum(len(l) for l in known), None, known, path)

def run_cell(path, source, first_line, fresh):
    _remember_lines(path, source, first_line, fresh)
    if fresh:
        main = {"__name__": "__main__", "__file__": path, "__builtins__": __builtins__}
        sys.modules["__main__"].__dict__.clear()
        sys.modules["__main__"].__dict__.update(main)
    try:
        # Blank lines before the cell give its code the line numbers it has in the file.
        code = compile("\\n" * (first_line - 1) + source, path, "exec")
    except SyntaxError as e:
        _print_exception(e)
        return 1
    try:
        exec(code, sys.modules["__main__"].__dict__)
    except SystemExit as e:
        code = e.code
        if code is None:
            return 0
        if isinstance(code, int):
            return code
        sys.stderr.write(str(code) + "\\n")
        return 1
    except BaseException as e:
        sys.stdout.flush()
        _print_exception(e)
        # CPython dies of SIGINT after an uncaught KeyboardInterrupt: the shell sees 130.
        return 130 if isinstance(e, KeyboardInterrupt) else 1
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
    return 0

def run_script(path, source):
    return run_cell(path, source, 1, True)
`;

export class PythonSession {
  private readonly py: PyodideInterface;
  private readonly runCellFn: RunCellFn;

  private constructor(py: PyodideInterface, runCell: RunCellFn) {
    this.py = py;
    this.runCellFn = runCell;
  }

  static create(opts: SessionOptions): PythonSession {
    const py = opts.pyodide;
    const decoder = new TextDecoder();
    py.setStdout({ write: (buf: Uint8Array) => (opts.stdout(decoder.decode(buf)), buf.length) });
    py.setStderr({ write: (buf: Uint8Array) => (opts.stderr(decoder.decode(buf)), buf.length) });
    for (const [rel, text] of Object.entries(opts.sources)) {
      const full = `${LIB}/${rel}`;
      py.FS.mkdirTree(full.slice(0, full.lastIndexOf("/")));
      py.FS.writeFile(full, text);
    }
    py.registerJsModule("_traceur", createBridge());
    py.runPython(`import sys\nsys.path.insert(0, ${JSON.stringify(LIB)})\nsys.dont_write_bytecode = True`);
    const ns = py.globals.get("dict")();
    py.runPython(RUNNER_PY, { globals: ns, filename: "<traceur-runner>" });
    return new PythonSession(py, ns.get("run_cell") as RunCellFn);
  }

  /** Run a whole script as `python3 path` would; its output goes to the session's stdout/stderr. */
  runScript(path: string, source: string): RunResult {
    return this.runCell(path, source, { firstLine: 1, freshNamespace: true });
  }

  /**
   * Run one notebook cell of the file `path`: its code, compiled so that tracebacks name its lines in
   * the file; in the namespace earlier runs left (definitions persist) unless `freshNamespace`.
   */
  runCell(path: string, source: string, where: CellPlacement): RunResult {
    return { exitCode: this.runCellFn(path, source, where.firstLine, where.freshNamespace) };
  }

  /** Report each call of a transformed function to `listener` (null: stop); see call-timings.ts. */
  setCallTimingListener(listener: CallTimingListener | null): void {
    setCallTimingListener(listener);
    this.py.runPython("import jax._call_log\njax._call_log.sync()");
  }

  /**
   * Record, for each equation staged from now on, the line of the user's code that created it (JAX's
   * `source_info`): the app shows it; the command line leaves it off, since it costs a little per equation.
   */
  trackSourceLines(on: boolean): void {
    this.py.runPython(`import jax._source_info\njax._source_info.track(${on ? "True" : "False"})`);
  }

  /**
   * Call `raised` each time Python raises KeyboardInterrupt for SIGINT (its handler, in the runner's own
   * frames, which tracebacks leave out): a host can then tell an interrupt that Python read from the
   * interrupt buffer but never raised, and deliver it again.
   */
  onKeyboardInterrupt(raised: () => void): void {
    this.py.registerJsModule("_traceur_interrupts", { raised });
    this.py.runPython(
      "import signal, _traceur_interrupts\n" +
        "def _sigint(signum, frame):\n" +
        "    _traceur_interrupts.raised()\n" +
        "    raise KeyboardInterrupt\n" +
        "signal.signal(signal.SIGINT, _sigint)\n",
      // Its own namespace: a fresh run clears __main__'s.
      { globals: this.py.globals.get("dict")(), filename: "<traceur-runner>" },
    );
  }

  /** Import jax ahead of time, so the first run does not pay for it. */
  warmUp(): void {
    this.py.runPython("import jax, jax.numpy");
  }
}
