// Node only: the `traceur` command.
import fs from "node:fs";
import { Worker } from "node:worker_threads";
import type { CliWorkerData, CliWorkerMessage } from "./cli-worker.ts";

const HELP = `traceur — JAX, shown: run JAX Python on Traceur's engine.

Usage:
  traceur run FILE.py     Run a JAX script as \`python3 FILE.py\` would with JAX 0.10.2:
                          the same stdout; an uncaught exception prints a Python
                          traceback on stderr and exits with status 1.
  traceur --help          Show this help.
  traceur --version       Show Traceur's version.

Ctrl+C stops a running script.
`;

async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  if (cmd === undefined || cmd === "--help" || cmd === "-h" || cmd === "help") {
    process.stdout.write(HELP);
    return cmd === undefined ? 2 : 0;
  }
  if (cmd === "--version") {
    const pkg = JSON.parse(fs.readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
      version: string;
    };
    process.stdout.write(`traceur ${pkg.version} (JAX 0.10.2 semantics)\n`);
    return 0;
  }
  if (cmd !== "run" || rest.length !== 1) {
    process.stderr.write(`traceur: unknown command: ${argv.join(" ")}\n\n${HELP}`);
    return 2;
  }
  const file = rest[0];
  let source: string;
  try {
    source = new TextDecoder("utf-8", { fatal: true }).decode(fs.readFileSync(file));
  } catch (e) {
    const reason =
      (e as NodeJS.ErrnoException).code === "ENOENT"
        ? "No such file or directory"
        : String((e as Error).message);
    process.stderr.write(`traceur: can't open file '${file}': ${reason}\n`);
    return 2;
  }
  return runInWorker(file, source);
}

/** How long an interrupt may stay read by Python but not raised before it is delivered again. */
const REDELIVER_AFTER_MS = 400;

/** Run the script in a worker; the first Ctrl+C interrupts Python, a second one ends the process. */
function runInWorker(file: string, source: string): Promise<number> {
  const interrupt = new SharedArrayBuffer(8);
  const flag = new Int32Array(interrupt, 0, 1);
  const raised = new Int32Array(interrupt, 4, 1);
  const data: CliWorkerData = { file, source, interrupt };
  const worker = new Worker(new URL("./cli-worker.ts", import.meta.url), { workerData: data });
  let interrupted = false;
  let redeliver: ReturnType<typeof setInterval> | undefined;
  const onSigint = (): void => {
    if (interrupted) process.exit(130);
    interrupted = true;
    Atomics.store(raised, 0, 0);
    Atomics.store(flag, 0, 2);
    // Python can read the interrupt at a moment it then loses (seen under heavy load): when it has read it
    // and still not raised KeyboardInterrupt, deliver it again.
    redeliver = setInterval(() => {
      if (Atomics.load(flag, 0) === 0 && Atomics.load(raised, 0) === 0) Atomics.store(flag, 0, 2);
    }, REDELIVER_AFTER_MS);
  };
  process.on("SIGINT", onSigint);
  return new Promise((resolve) => {
    worker.on("message", (m: CliWorkerMessage) => {
      if (m.kind === "exit") {
        clearInterval(redeliver);
        process.off("SIGINT", onSigint);
        void worker.terminate();
        resolve(m.code);
      } else if (m.kind === "stdout") process.stdout.write(m.text);
      else process.stderr.write(m.text);
    });
    worker.on("error", (e: Error) => {
      process.stderr.write(`traceur: internal error: ${e.stack ?? String(e)}\n`);
      resolve(70);
    });
  });
}

const code = await main(process.argv.slice(2));
process.exitCode = code;
