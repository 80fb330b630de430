/** Reading a Python traceback (as the runner prints it on stderr) for the line it blames. */
import { USER_FILE, type RunError } from "./protocol.ts";

const FRAME = new RegExp(`File "${USER_FILE.replace(".", "\\.")}", line (\\d+)`, "g");

/**
 * The exception type, its message and the learner's innermost line, from the stderr of a run that
 * ended with an uncaught exception; null when the text holds no exception line.
 */
export function parseTraceback(stderr: string): RunError | null {
  const lines = stderr.trimEnd().split("\n");
  const last = lines.findLast((l) => /^[A-Za-z_][\w.]*(:|$)/.test(l));
  if (last === undefined) return null;
  const kind = last.split(":")[0];
  let line: number | null = null;
  for (const match of stderr.matchAll(FRAME)) line = Number(match[1]);
  return { kind, message: last, line };
}
