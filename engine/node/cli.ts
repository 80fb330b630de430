// Node only: the `traceur` command.
import fs from "node:fs";
import { createNodeSession } from "./session.ts";

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
    const pkg = JSON.parse(fs.readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
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
    const reason = (e as NodeJS.ErrnoException).code === "ENOENT" ? "No such file or directory" : String((e as Error).message);
    process.stderr.write(`traceur: can't open file '${file}': ${reason}\n`);
    return 2;
  }
  const session = await createNodeSession();
  return session.runScript(file, source).exitCode;
}

const code = await main(process.argv.slice(2));
process.exitCode = code;
