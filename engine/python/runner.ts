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

def run_script(path, source):
    linecache.cache[path] = (len(source), None, source.splitlines(True), path)
    try:
        code = compile(source, path, "exec")
    except SyntaxError as e:
        _print_exception(e)
        return 1
    main = {"__name__": "__main__", "__file__": path, "__builtins__": __builtins__}
    sys.modules["__main__"].__dict__.clear()
    sys.modules["__main__"].__dict__.update(main)
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
`;

export class PythonSession {
  private readonly py: PyodideInterface;
  private readonly runScriptFn: (path: string, source: string) => number;

  private constructor(py: PyodideInterface, runScript: (path: string, source: string) => number) {
    this.py = py;
    this.runScriptFn = runScript;
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
    const runScript = ns.get("run_script") as (path: string, source: string) => number;
    return new PythonSession(py, runScript);
  }

  /** Run a whole script as `python3 path` would; its output goes to the session's stdout/stderr. */
  runScript(path: string, source: string): RunResult {
    return { exitCode: this.runScriptFn(path, source) };
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

  /** Import jax ahead of time, so the first run does not pay for it. */
  warmUp(): void {
    this.py.runPython("import jax, jax.numpy");
  }
}
