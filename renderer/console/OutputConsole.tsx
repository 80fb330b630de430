/** The outputs console: what the code printed, stderr in the error colour, always scrolled to the end. */
import { useLayoutEffect, useRef } from "react";
import { useTranslation } from "react-i18next";

import type { OutputLine, OutputLog } from "../state/output-log.ts";

interface OutputConsoleProps {
  readonly log: OutputLog;
  /** The log's version, so that React redraws when it changes. */
  readonly version: number;
}

export function OutputConsole({ log, version }: OutputConsoleProps) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (element) element.scrollTop = element.scrollHeight;
  }, [version]);

  const lines = log.lines;
  // Consecutive lines of one stream as one text node: a full console is a few nodes, not 5,000.
  const segments: Array<{ stream: OutputLine["stream"]; text: string }> = [];
  for (const line of lines) {
    const last = segments.at(-1);
    if (last && last.stream === line.stream) last.text += `${line.text}\n`;
    else segments.push({ stream: line.stream, text: `${line.text}\n` });
  }
  return (
    <div className="console" ref={scroller} data-testid="output" data-version={version}>
      {log.dropped > 0 && <div className="console-note">{t("output.truncated", { count: log.dropped })}</div>}
      {lines.length === 0 ? (
        <p className="empty-note">{t("output.empty")}</p>
      ) : (
        <pre className="console-text">
          {segments.map((segment, i) => (
            <span key={i} className={segment.stream === "stderr" ? "stderr" : undefined}>
              {segment.text}
            </span>
          ))}
        </pre>
      )}
    </div>
  );
}
