/** Printed lines as a few text nodes: consecutive lines of one stream in one span, stderr in the error colour. */
import type { OutputLine } from "../state/output-log.ts";

interface StreamTextProps {
  readonly lines: readonly OutputLine[];
  /** Each line ends with a newline (the console); otherwise newlines only separate lines (a cell's output). */
  readonly terminated: boolean;
}

export function StreamText({ lines, terminated }: StreamTextProps) {
  // A full console is a few nodes, not 5,000.
  const segments: Array<{ stream: OutputLine["stream"]; text: string }> = [];
  lines.forEach((line, i) => {
    const text = terminated ? `${line.text}\n` : i === 0 ? line.text : `\n${line.text}`;
    const last = segments.at(-1);
    if (last && last.stream === line.stream) last.text += text;
    else segments.push({ stream: line.stream, text });
  });
  return (
    <>
      {segments.map((segment, i) => (
        <span key={i} className={segment.stream === "stderr" ? "stderr" : undefined}>
          {segment.text}
        </span>
      ))}
    </>
  );
}
