/** What the editor shows around a notebook cell: its header (run button, title) and its output below it. */
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

import type { NotebookCell } from "../editor/notebook-cells.ts";
import { StreamText } from "../console/StreamText.tsx";
import type { CellRun } from "./notebook-session.ts";
import "./cells.css";

export function CellHeader({
  cell,
  canRun,
  onRun,
}: {
  readonly cell: NotebookCell;
  readonly canRun: boolean;
  readonly onRun: (cell: NotebookCell) => void;
}) {
  const { t } = useTranslation();
  return (
    <div
      className={cell.index === 0 ? "cell-header first" : "cell-header"}
      data-testid="cell-header"
      data-cell-index={cell.index}
    >
      {cell.kind === "code" ? (
        <button
          type="button"
          className="cell-run"
          data-testid="run-cell"
          title={t("cells.runCellHint")}
          disabled={!canRun}
          onClick={() => onRun(cell)}
        >
          <span aria-hidden="true">▶</span> {t("cells.runCell")}
        </button>
      ) : (
        <span className="cell-kind">{t("cells.markdown")}</span>
      )}
      {cell.title !== "" && <span className="cell-title">{cell.title}</span>}
    </div>
  );
}

/** The execution count as Jupyter writes it: `[3]`, `[*]` while it runs, `[ ]` while it waits. */
function countLabel(run: CellRun): string {
  if (run.status === "running") return "[*]";
  if (run.queued || run.count === null) return "[ ]";
  return `[${run.count}]`;
}

function StatusText({ run }: { readonly run: CellRun }) {
  const { t } = useTranslation();
  if (run.queued) return <span className="cell-status muted">{t("cells.queued")}</span>;
  switch (run.status) {
    case "never":
      return null;
    case "running":
      return <span className="cell-status busy">{t("cells.running")}</span>;
    case "done":
      return (
        <span className="cell-status ok">✓ {t("cells.doneIn", { ms: Math.round(run.durationMs ?? 0) })}</span>
      );
    case "interrupted":
      return <span className="cell-status warn">{t("cells.interrupted")}</span>;
    case "failed":
      return <span className="cell-status error">✗ {run.error?.kind ?? t("cells.failed")}</span>;
  }
}

/**
 * A cell's output: `[n]`, its outcome, and what it printed (stderr in red), collapsible. Scrolling
 * a long output scrolls the output, not the editor, until its end.
 */
export function CellOutput({
  cellIndex,
  run,
  version,
}: {
  readonly cellIndex: number;
  readonly run: CellRun;
  readonly version: number;
}) {
  const { t } = useTranslation();
  const [collapsed, setCollapsed] = useState(false);
  const body = useRef<HTMLPreElement>(null);

  useEffect(() => {
    const element = body.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      const down = event.deltaY > 0;
      const canScroll = down
        ? element.scrollTop + element.clientHeight < element.scrollHeight - 1
        : element.scrollTop > 0;
      if (canScroll) event.stopPropagation();
    };
    element.addEventListener("wheel", onWheel);
    return () => element.removeEventListener("wheel", onWheel);
  }, [collapsed]);

  useEffect(() => {
    const element = body.current;
    if (element && run.status === "running") element.scrollTop = element.scrollHeight;
  }, [version, run.status]);

  const lines = run.output.lines;
  const status = run.queued ? "queued" : run.status;
  return (
    <div
      className={`cell-output status-${status}`}
      data-testid="cell-output"
      data-cell-index={cellIndex}
      data-status={status}
    >
      <button
        type="button"
        className="cell-output-bar"
        aria-expanded={!collapsed}
        title={collapsed ? t("cells.expand") : t("cells.collapse")}
        onClick={() => setCollapsed((c) => !c)}
      >
        <span className="cell-count" data-testid="cell-count">
          {countLabel(run)}
        </span>
        <StatusText run={run} />
        <span className="cell-output-spacer" />
        {lines.length > 0 && (
          <span className="cell-lines">{t("cells.lines", { count: lines.length + run.output.dropped })}</span>
        )}
        <span className={`cell-chevron${collapsed ? " closed" : ""}`} aria-hidden="true">
          ▾
        </span>
      </button>
      {!collapsed && lines.length > 0 && (
        <pre className="cell-output-text" ref={body} data-testid="cell-output-text">
          {run.output.dropped > 0 && (
            <span className="cell-output-note">
              {t("output.truncated", { count: run.output.dropped })}
              {"\n"}
            </span>
          )}
          <StreamText lines={lines} terminated={false} />
        </pre>
      )}
    </div>
  );
}
