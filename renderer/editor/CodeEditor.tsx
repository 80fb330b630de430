/**
 * The Monaco editor: Python, the app's theme, Ctrl/Cmd+Enter to run, a marker on the line an error blames,
 * and the link to the jaxpr: the line a hovered equation came from is highlighted, and the line under the
 * pointer (or, while the editor has focus, the cursor's) is reported so its equations can be highlighted;
 * in a notebook (`# %%` cells), a header above each cell, its output below it, Shift+Enter to run one.
 */
import { forwardRef, useEffect, useImperativeHandle, useRef, useState, type ReactNode } from "react";
import { createPortal } from "react-dom";

import i18next from "i18next";

import type { Theme } from "../graph/graph-style.ts";
import { functionDefinedOn } from "../trace/trace-request.ts";
import { CellHeader } from "../cells/CellZones.tsx";
import { DARK_THEME, LIGHT_THEME, monaco } from "./monaco.ts";
import { NotebookCells, type CellZoneHosts, type NotebookCell } from "./notebook-cells.ts";

const MARKER_OWNER = "traceur";

export interface EditorMarker {
  readonly line: number;
  readonly message: string;
}

export interface CodeEditorHandle {
  getValue(): string;
  setValue(value: string): void;
  focus(): void;
  /** The file's cells as they are now (one, for a file without `# %%` lines). */
  getCells(): readonly NotebookCell[];
}

/** The outputs to show below cells: for which cells, and what to draw. */
export interface CellOutputs {
  readonly cellIds: ReadonlySet<string>;
  readonly render: (cell: NotebookCell) => ReactNode;
}

interface CodeEditorProps {
  readonly initialValue: string;
  readonly theme: Theme;
  readonly marker: EditorMarker | null;
  /** A line to highlight softly (the source of a hovered graph node), scrolled into view if needed. */
  readonly highlightedLine: number | null;
  /** The line the learner points at (the pointer's, else the cursor's while the editor has focus), or null. */
  readonly onLearnerLineChange?: (line: number | null) => void;
  readonly onChange: (value: string) => void;
  readonly onRun: () => void;
  /** "Tracer cette fonction" on a `def` line: the function's name. */
  readonly onTraceFunction: (name: string) => void;
  /** Run one cell (its header's button, or Shift+Enter in it). */
  readonly onRunCell: (cell: NotebookCell) => void;
  readonly canRunCells: boolean;
  /** The cells are not the same any more (one added or removed, or lines moved). */
  readonly onCellsChanged: (cells: readonly NotebookCell[]) => void;
  readonly cellOutputs: CellOutputs;
}

const NO_ZONES: CellZoneHosts = { headers: new Map(), outputs: new Map() };

export const CodeEditor = forwardRef<CodeEditorHandle, CodeEditorProps>(function CodeEditor(
  {
    initialValue,
    theme,
    marker,
    highlightedLine,
    onLearnerLineChange,
    onChange,
    onRun,
    onTraceFunction,
    onRunCell,
    canRunCells,
    onCellsChanged,
    cellOutputs,
  },
  handle,
) {
  const container = useRef<HTMLDivElement>(null);
  const editor = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const decorations = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);
  const notebook = useRef<NotebookCells | null>(null);
  const [zones, setZones] = useState<CellZoneHosts>(NO_ZONES);
  const [cells, setCells] = useState<readonly NotebookCell[]>([]);
  const callbacks = useRef({
    onChange,
    onRun,
    onTraceFunction,
    onRunCell,
    onCellsChanged,
    onLearnerLineChange,
  });
  const initial = useRef(initialValue);

  useEffect(() => {
    callbacks.current = { onChange, onRun, onTraceFunction, onRunCell, onCellsChanged, onLearnerLineChange };
  }, [onChange, onRun, onTraceFunction, onRunCell, onCellsChanged, onLearnerLineChange]);

  useEffect(() => {
    if (!container.current) return;
    const instance = monaco.editor.create(container.current, {
      value: initial.current,
      language: "python",
      automaticLayout: true,
      fontFamily: '"JetBrains Mono", ui-monospace, monospace',
      fontSize: 14,
      lineHeight: 22,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      renderLineHighlight: "line",
      padding: { top: 12, bottom: 12 },
      tabSize: 4,
      insertSpaces: true,
      fixedOverflowWidgets: true,
    });
    instance.addAction({
      id: "traceur.run",
      label: "Run",
      keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter],
      run: () => callbacks.current.onRun(),
    });
    instance.addAction({
      id: "traceur.trace-function",
      label: i18next.t("trace.action"),
      contextMenuGroupId: "navigation",
      contextMenuOrder: 0,
      run: (ed) => {
        const position = ed.getPosition();
        const model = ed.getModel();
        const name = position && model ? functionDefinedOn(model.getLineContent(position.lineNumber)) : null;
        if (name !== null) callbacks.current.onTraceFunction(name);
      },
    });
    const cellsOfEditor = new NotebookCells(instance, {
      onCellsChanged: (next) => {
        setCells(next);
        callbacks.current.onCellsChanged(next);
      },
      onZonesChanged: setZones,
    });
    instance.addAction({
      id: "traceur.run-cell",
      label: i18next.t("cells.runCell"),
      keybindings: [monaco.KeyMod.Shift | monaco.KeyCode.Enter],
      // Shift+Enter keeps its meaning in the completion list.
      precondition: "!suggestWidgetVisible",
      run: () => {
        const cell = cellsOfEditor.current();
        if (!cell) return;
        callbacks.current.onRunCell(cell);
        cellsOfEditor.moveBelow(cell.id);
      },
    });
    const subscription = instance.onDidChangeModelContent(() =>
      callbacks.current.onChange(instance.getValue()),
    );
    const pointedLine = trackPointedLine(instance, (line) => callbacks.current.onLearnerLineChange?.(line));
    decorations.current = instance.createDecorationsCollection();
    editor.current = instance;
    notebook.current = cellsOfEditor;
    return () => {
      pointedLine.dispose();
      subscription.dispose();
      cellsOfEditor.dispose();
      instance.dispose();
      editor.current = null;
      notebook.current = null;
    };
  }, []);

  useImperativeHandle(handle, () => ({
    getValue: () => editor.current?.getValue() ?? "",
    setValue: (value: string) => {
      editor.current?.setValue(value);
      notebook.current?.renew();
    },
    focus: () => editor.current?.focus(),
    getCells: () => notebook.current?.all ?? [],
  }));

  useEffect(() => {
    notebook.current?.setOutputCells(cellOutputs.cellIds);
  }, [cellOutputs.cellIds]);

  useEffect(() => {
    monaco.editor.setTheme(theme === "dark" ? DARK_THEME : LIGHT_THEME);
  }, [theme]);

  useEffect(() => {
    const model = editor.current?.getModel();
    if (!model) return;
    if (!marker || marker.line < 1 || marker.line > model.getLineCount()) {
      monaco.editor.setModelMarkers(model, MARKER_OWNER, []);
      return;
    }
    monaco.editor.setModelMarkers(model, MARKER_OWNER, [
      {
        severity: monaco.MarkerSeverity.Error,
        message: marker.message,
        startLineNumber: marker.line,
        startColumn: model.getLineFirstNonWhitespaceColumn(marker.line) || 1,
        endLineNumber: marker.line,
        endColumn: model.getLineMaxColumn(marker.line),
      },
    ]);
    editor.current?.revealLineInCenterIfOutsideViewport(marker.line);
  }, [marker]);

  useEffect(() => {
    const model = editor.current?.getModel();
    if (!model || !decorations.current) return;
    if (highlightedLine === null || highlightedLine < 1 || highlightedLine > model.getLineCount()) {
      decorations.current.clear();
      return;
    }
    decorations.current.set([
      {
        range: new monaco.Range(highlightedLine, 1, highlightedLine, 1),
        options: {
          isWholeLine: true,
          className: "editor-linked-line",
          linesDecorationsClassName: "editor-linked-line-mark",
        },
      },
    ]);
    // Scrolls without taking the focus: the learner keeps hovering the graph or the jaxpr.
    editor.current?.revealLineInCenterIfOutsideViewport(highlightedLine, monaco.editor.ScrollType.Smooth);
  }, [highlightedLine]);

  // data-error-line and data-linked-line tell end-to-end tests which lines carry the marker and the link.
  return (
    <div
      className="code-editor"
      ref={container}
      data-testid="editor"
      data-error-line={marker?.line ?? ""}
      data-linked-line={highlightedLine ?? ""}
    >
      {[...zones.headers].map(([cellId, host]) => {
        const cell = cells.find((c) => c.id === cellId);
        return cell
          ? createPortal(
              <CellHeader cell={cell} canRun={canRunCells} onRun={(c) => callbacks.current.onRunCell(c)} />,
              host,
              cellId,
            )
          : null;
      })}
      {[...zones.outputs].map(([cellId, host]) => {
        const cell = cells.find((c) => c.id === cellId);
        return cell ? createPortal(cellOutputs.render(cell), host, cellId) : null;
      })}
    </div>
  );
});

/**
 * Reports the line the learner points at: the one under the pointer, else the cursor's while the editor has
 * focus; null otherwise. Reports changes only.
 */
function trackPointedLine(
  instance: monaco.editor.IStandaloneCodeEditor,
  report: (line: number | null) => void,
): monaco.IDisposable {
  let hovered: number | null = null;
  let cursor: number | null = null;
  let reported: number | null = null;
  const update = () => {
    const line = hovered ?? cursor;
    if (line === reported) return;
    reported = line;
    report(line);
  };
  const focusedCursor = () => (instance.hasTextFocus() ? (instance.getPosition()?.lineNumber ?? null) : null);
  const subscriptions = [
    instance.onMouseMove((e) => {
      const target = e.target;
      const belowLastLine =
        target.type === monaco.editor.MouseTargetType.CONTENT_EMPTY && target.detail.isAfterLines;
      hovered = belowLastLine ? null : (target.position?.lineNumber ?? null);
      update();
    }),
    instance.onMouseLeave(() => {
      hovered = null;
      update();
    }),
    instance.onDidChangeCursorPosition(() => {
      cursor = focusedCursor();
      update();
    }),
    instance.onDidFocusEditorText(() => {
      cursor = focusedCursor();
      update();
    }),
    instance.onDidBlurEditorText(() => {
      cursor = null;
      update();
    }),
  ];
  return { dispose: () => subscriptions.forEach((s) => s.dispose()) };
}
