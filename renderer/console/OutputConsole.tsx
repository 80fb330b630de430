/** The outputs console: what the code printed, stderr in the error colour, always scrolled to the end. */
import { useLayoutEffect, useRef } from "react";
import { useTranslation } from "react-i18next";

import type { OutputLog } from "../state/output-log.ts";
import { StreamText } from "./StreamText.tsx";

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
  return (
    <div className="console" ref={scroller} data-testid="output" data-version={version}>
      {log.dropped > 0 && <div className="console-note">{t("output.truncated", { count: log.dropped })}</div>}
      {lines.length === 0 ? (
        <p className="empty-note">{t("output.empty")}</p>
      ) : (
        <pre className="console-text">
          <StreamText lines={lines} terminated />
        </pre>
      )}
    </div>
  );
}
