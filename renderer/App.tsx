/**
 * The app's one screen: the editor and its output on the left, the jaxpr's graph and text on the
 * right, a toolbar above, a status bar below. The engine lives in a worker (engine-client.ts).
 */
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

import type { MenuCommand } from "../electron/ipc-contract.ts";
import { CellOutput } from "./cells/CellZones.tsx";
import { NotebookSession, type CellToRun } from "./cells/notebook-session.ts";
import { OutputConsole } from "./console/OutputConsole.tsx";
import {
  CodeEditor,
  type CellOutputs,
  type CodeEditorHandle,
  type EditorMarker,
} from "./editor/CodeEditor.tsx";
import { setJaxApi } from "./editor/jax-language.ts";
import type { NotebookCell } from "./editor/notebook-cells.ts";
import { decodeShareFragment, encodeShareFragment } from "./editor/share-link.ts";
import { WELCOME_CODE } from "./examples.ts";
import { useDocumentFile } from "./files/use-document-file.ts";
import { GraphView } from "./graph/GraphView.tsx";
import type { Host } from "./host.ts";
import type { Language } from "./i18n/index.ts";
import { JaxprPanel } from "./jaxpr/JaxprPanel.tsx";
import { Splitter } from "./layout/Splitter.tsx";
import type { Settings } from "./settings.ts";
import { SettingsDialog } from "./settings/SettingsDialog.tsx";
import { TimingsPanel } from "./timings/TimingsPanel.tsx";
import { TraceBar } from "./trace/TraceBar.tsx";
import { definedFunctions, traceScript, type TraceRequest } from "./trace/trace-request.ts";
import { OutputLog } from "./state/output-log.ts";
import { equationsOfLine, learnerLineOf, lineOfEquation, NO_EQUATIONS } from "./state/source-links.ts";
import {
  canRun,
  initialSessionState,
  isRunning,
  sessionReducer,
  type SessionAction,
  type SessionState,
} from "./state/session-state.ts";
import { type EngineClient, takeEngine } from "./worker/engine-client.ts";

/** A share link wins over the autosaved text, which wins over the welcome example. */
function initialCode(autosaved: string | null): string {
  return decodeShareFragment(location.hash) ?? autosaved ?? WELCOME_CODE;
}

function Logo() {
  return (
    <svg className="logo" viewBox="0 0 32 32" aria-hidden="true">
      <circle cx="7" cy="9" r="4" />
      <circle cx="7" cy="23" r="4" />
      <circle cx="25" cy="16" r="4.5" />
      <path d="M10.5 10.5 L20.5 14.6 M10.5 21.5 L20.5 17.4" />
    </svg>
  );
}

/** A cog: Feather's "settings" icon (MIT licence). */
function GearIcon() {
  return (
    <svg className="gear" viewBox="0 0 24 24" aria-hidden="true">
      <circle cx="12" cy="12" r="3" />
      <path d="M19.4 15a1.65 1.65 0 0 0 .33 1.82l.06.06a2 2 0 0 1 0 2.83 2 2 0 0 1-2.83 0l-.06-.06a1.65 1.65 0 0 0-1.82-.33 1.65 1.65 0 0 0-1 1.51V21a2 2 0 0 1-2 2 2 2 0 0 1-2-2v-.09A1.65 1.65 0 0 0 9 19.4a1.65 1.65 0 0 0-1.82.33l-.06.06a2 2 0 0 1-2.83 0 2 2 0 0 1 0-2.83l.06-.06a1.65 1.65 0 0 0 .33-1.82 1.65 1.65 0 0 0-1.51-1H3a2 2 0 0 1-2-2 2 2 0 0 1 2-2h.09A1.65 1.65 0 0 0 4.6 9a1.65 1.65 0 0 0-.33-1.82l-.06-.06a2 2 0 0 1 0-2.83 2 2 0 0 1 2.83 0l.06.06a1.65 1.65 0 0 0 1.82.33H9a1.65 1.65 0 0 0 1-1.51V3a2 2 0 0 1 2-2 2 2 0 0 1 2 2v.09a1.65 1.65 0 0 0 1 1.51 1.65 1.65 0 0 0 1.82-.33l.06-.06a2 2 0 0 1 2.83 0 2 2 0 0 1 0 2.83l-.06.06a1.65 1.65 0 0 0-.33 1.82V9a1.65 1.65 0 0 0 1.51 1H21a2 2 0 0 1 2 2 2 2 0 0 1-2 2h-.09a1.65 1.65 0 0 0-1.51 1z" />
    </svg>
  );
}

function cellToRun(cell: NotebookCell): CellToRun {
  return { cellId: cell.id, code: cell.code, firstLine: cell.startLine };
}

/** Sends the notebook's next queued cell to the engine, unless a cell runs already. */
function startNextCell(
  engine: EngineClient,
  notebook: NotebookSession,
  dispatch: (action: SessionAction) => void,
  continuesBatch: boolean,
): void {
  const next = notebook.takeNext();
  if (next === null) return;
  const runId = engine.run(next.code, { firstLine: next.firstLine, freshNamespace: next.freshNamespace });
  notebook.started(runId, next);
  dispatch({ type: "run-started", runId, continuesBatch });
}

/** The error's line when it lies in the learner's code (a traced function's call is appended after it). */
function learnerLine(line: number | null, learnerLines: number): number | null {
  return line !== null && line <= learnerLines ? line : null;
}

function RunStatusText({
  state,
  learnerLines,
}: {
  readonly state: SessionState;
  readonly learnerLines: number;
}) {
  const { t } = useTranslation();
  const run = state.run;
  switch (run.kind) {
    case "idle":
      return <span>{t("run.idle")}</span>;
    case "running":
      return <span className="status-busy">{t("run.running")}</span>;
    case "stopping":
      return <span className="status-busy">{t("run.stopping")}</span>;
    case "finished":
      if (run.error?.kind === "KeyboardInterrupt")
        return <span className="status-warn">{t("run.interrupted")}</span>;
      if (run.error) {
        const message = run.error.message;
        const line = learnerLine(run.error.line, learnerLines);
        return (
          <span className="status-error">
            {line !== null ? t("run.failedAtLine", { line, message }) : t("run.failed", { message })}
          </span>
        );
      }
      if (run.exitCode !== 0)
        return <span className="status-error">{t("run.failed", { message: `exit ${run.exitCode}` })}</span>;
      return <span className="status-ok">{t("run.finished", { ms: Math.round(run.durationMs) })}</span>;
  }
}

function LoadingBar({ state }: { readonly state: SessionState }) {
  const { t } = useTranslation();
  const engine = state.engine;
  if (engine.kind === "ready") return null;
  if (engine.kind === "failed") {
    return (
      <div className="loading failed" role="alert">
        {t("loading.failed", { message: engine.message })}
      </div>
    );
  }
  return (
    <div
      className="loading"
      role="progressbar"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round(engine.fraction * 100)}
    >
      <div className="loading-track">
        {/* Pyodide reports no progress of its own: each stage creeps towards the next one. */}
        <div className={`loading-fill stage-${engine.stage}`} key={engine.stage} />
      </div>
      <span className="loading-label">{t(`loading.${engine.stage}`)}</span>
    </div>
  );
}

export function App({
  host,
  initialSettings,
  autosaved,
}: {
  readonly host: Host;
  readonly initialSettings: Settings;
  /** The editor's text autosaved by an earlier session; null on a first start. */
  readonly autosaved: string | null;
}) {
  const { t, i18n } = useTranslation();
  const [settings, setSettings] = useState(initialSettings);
  const [state, dispatch] = useReducer(sessionReducer, initialSessionState);
  const [log] = useState(() => new OutputLog());
  const [logVersion, setLogVersion] = useState(0);
  // Hovered in the graph and in the jaxpr text, kept apart: leaving one pane for the other may report the
  // new hover before the end of the old one.
  const [graphHoveredEquation, setGraphHoveredEquation] = useState<number | null>(null);
  const [textHoveredEquation, setTextHoveredEquation] = useState<number | null>(null);
  const hoveredEquation = graphHoveredEquation ?? textHoveredEquation;
  const [hoveredNode, setHoveredNode] = useState<string | null>(null);
  const [pointedLine, setPointedLine] = useState<number | null>(null);
  const [notebook] = useState(() => new NotebookSession());
  const [notebookVersion, setNotebookVersion] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const [columns, setColumns] = useState(0.5);
  const [leftRows, setLeftRows] = useState(0.64);
  const [rightRows, setRightRows] = useState(0.58);
  const [startCode] = useState(() => initialCode(autosaved));
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [learnerLines, setLearnerLines] = useState(0);
  const [functions, setFunctions] = useState(() => definedFunctions(startCode));
  const [bottomTab, setBottomTab] = useState<"output" | "timings">("output");
  const [pickedFunction, setPickedFunction] = useState<{ name: string; count: number } | null>(null);
  const editor = useRef<CodeEditorHandle>(null);
  const client = useRef<EngineClient | null>(null);
  const redrawScheduled = useRef(false);

  const showNotice = useCallback((text: string) => {
    setNotice(text);
    setTimeout(() => setNotice((current) => (current === text ? null : current)), 4000);
  }, []);

  useEffect(() => {
    const scheduleLogRedraw = () => {
      if (redrawScheduled.current) return;
      redrawScheduled.current = true;
      requestAnimationFrame(() => {
        redrawScheduled.current = false;
        setLogVersion(log.version);
        setNotebookVersion(notebook.version);
      });
    };
    const engine = takeEngine((event) => {
      if (event.type === "api") {
        setJaxApi(event.entries);
        return;
      }
      if (event.type === "output") {
        log.append(event.stream, event.text);
        notebook.output(event.runId, event.stream, event.text);
        scheduleLogRedraw();
        return;
      }
      dispatch({ type: "worker", event });
      if (event.type === "progress" && event.stage === "python") notebook.pythonRestarted();
      if (event.type === "progress" && event.restarted === true) showNotice(i18n.t("loading.restarted"));
      if (event.type === "done") {
        // The cell's end and the next cell's start reach React together: the batch looks like one run.
        notebook.finished(event.runId, event);
        startNextCell(engine, notebook, dispatch, true);
        scheduleLogRedraw();
      }
    });
    client.current = engine;
    return () => {
      engine.dispose();
      client.current = null;
    };
  }, [log, notebook, i18n, showNotice]);

  useEffect(() => {
    document.documentElement.dataset.theme = settings.theme;
    document.documentElement.lang = settings.language;
    host.saveSettings(settings);
  }, [settings, host]);

  const marker = useMemo((): EditorMarker | null => {
    const run = state.run;
    if (run.kind !== "finished" || !run.error || run.error.kind === "KeyboardInterrupt") return null;
    const line = learnerLine(run.error.line, learnerLines);
    return line !== null ? { line, message: run.error.message } : null;
  }, [state.run, learnerLines]);

  const running = isRunning(state);
  const runnable = canRun(state);

  const runScript = useCallback(
    (script: string, showLastJaxpr: boolean) => {
      const engine = client.current;
      if (!engine || !runnable) return;
      log.clear();
      setLogVersion(log.version);
      setLearnerLines((editor.current?.getValue() ?? "").split("\n").length);
      const runId = engine.run(script);
      dispatch({ type: "run-started", runId, showLastJaxpr });
    },
    [log, runnable],
  );

  /** Run all: every code cell in order, in a fresh namespace (a file without `# %%` is one cell). */
  const run = useCallback(() => {
    const engine = client.current;
    if (!engine || !runnable || !editor.current) return;
    const cells = editor.current.getCells().filter((c) => c.kind === "code");
    log.clear();
    setLogVersion(log.version);
    setLearnerLines(editor.current.getValue().split("\n").length);
    notebook.enqueue(cells.map(cellToRun), { restart: true });
    startNextCell(engine, notebook, dispatch, false);
    setNotebookVersion(notebook.version);
  }, [log, notebook, runnable]);

  /** One cell, in the namespace earlier runs left; queued when cells are running already. */
  const runCell = useCallback(
    (cell: NotebookCell) => {
      const engine = client.current;
      const current = editor.current?.getCells().find((c) => c.id === cell.id);
      if (!engine || !current || current.kind !== "code") return;
      if (!notebook.busy) {
        if (!runnable) return;
        setLearnerLines((editor.current?.getValue() ?? "").split("\n").length);
      }
      notebook.enqueue([cellToRun(current)], { restart: false });
      // Starts nothing while a cell runs: its end starts the next.
      startNextCell(engine, notebook, dispatch, false);
      setNotebookVersion(notebook.version);
    },
    [notebook, runnable],
  );

  const onCellsChanged = useCallback(
    (cells: readonly NotebookCell[]) => {
      notebook.keepOnly(new Set(cells.map((c) => c.id)));
      setNotebookVersion(notebook.version);
    },
    [notebook],
  );

  const outputCellsKey = notebook.cellIds.join(" ");
  const outputCellIds = useMemo(
    () => new Set(outputCellsKey === "" ? [] : outputCellsKey.split(" ")),
    [outputCellsKey],
  );
  const cellOutputs = useMemo(
    (): CellOutputs => ({
      cellIds: outputCellIds,
      render: (cell) => {
        const cellRun = notebook.get(cell.id);
        return cellRun ? <CellOutput cellIndex={cell.index} run={cellRun} version={notebookVersion} /> : null;
      },
    }),
    [outputCellIds, notebook, notebookVersion],
  );

  const trace = useCallback(
    (request: TraceRequest) => runScript(traceScript(editor.current?.getValue() ?? "", request), true),
    [runScript],
  );

  const stop = useCallback(() => {
    notebook.cancelQueue();
    setNotebookVersion(notebook.version);
    client.current?.stop();
    dispatch({ type: "stop-requested" });
  }, [notebook]);

  const documentFile = useDocumentFile({
    host,
    getText: useCallback(() => editor.current?.getValue() ?? "", []),
    setText: useCallback((text: string) => editor.current?.setValue(text), []),
    notify: showNotice,
  });
  const onDocumentChange = documentFile.onTextChange;

  const onCodeChange = useCallback(
    (code: string) => {
      setFunctions((previous) => {
        const next = definedFunctions(code);
        return next.join() === previous.join() ? previous : next;
      });
      onDocumentChange(code);
    },
    [onDocumentChange],
  );

  useEffect(() => {
    const onHashChange = () => {
      const shared = decodeShareFragment(location.hash);
      if (shared !== null) editor.current?.setValue(shared);
    };
    window.addEventListener("hashchange", onHashChange);
    return () => window.removeEventListener("hashchange", onHashChange);
  }, []);

  const restart = () => {
    if (!runnable) return;
    notebook.restart();
    setNotebookVersion(notebook.version);
    showNotice(t("cells.restarted"));
  };

  const share = () => {
    const url = `${location.href.split("#")[0]}${encodeShareFragment(editor.current?.getValue() ?? "")}`;
    history.replaceState(null, "", url);
    void navigator.clipboard.writeText(url).then(
      () => showNotice(t("toolbar.shareCopied")),
      () => showNotice(url),
    );
  };

  const open = () => void documentFile.open();
  const save = () => void documentFile.save();
  const saveAs = () => void documentFile.saveAs();

  const changeSettings = (next: Settings) => {
    if (next.language !== settings.language) void i18n.changeLanguage(next.language);
    setSettings(next);
  };

  const setLanguage = (language: Language) => {
    void i18n.changeLanguage(language);
    setSettings((s) => ({ ...s, language }));
  };

  const toggleTheme = () => setSettings((s) => ({ ...s, theme: s.theme === "dark" ? "light" : "dark" }));

  // The desktop menu's commands run the same handlers as the toolbar.
  const menuHandlers = useRef<Record<MenuCommand, () => void>>(null);
  useEffect(() => {
    menuHandlers.current = {
      open,
      save,
      "save-as": saveAs,
      share,
      run,
      stop,
      settings: () => setSettingsOpen(true),
    };
  });
  useEffect(() => host.onMenuCommand((command) => menuHandlers.current?.[command]()), [host]);

  const selected = state.jaxprs[state.selectedJaxpr] ?? null;
  const graph = useMemo(() => selected?.graph ?? null, [selected]);
  // The learner's line of the hovered equation (a graph node, nested or not, or a line of the jaxpr text).
  const linkedLine = useMemo(() => {
    if (!graph) return null;
    const node = hoveredNode === null ? undefined : graph.nodes.find((n) => n.id === hoveredNode);
    if (node) return learnerLineOf(node, learnerLines);
    return hoveredEquation === null ? null : lineOfEquation(graph, hoveredEquation, learnerLines);
  }, [graph, hoveredNode, hoveredEquation, learnerLines]);
  // The equations the line the learner points at in the editor created.
  const lineEquations = useMemo(
    () => (graph && pointedLine !== null ? equationsOfLine(graph, pointedLine, learnerLines) : NO_EQUATIONS),
    [graph, pointedLine, learnerLines],
  );

  return (
    <div
      className="app"
      data-run={state.run.kind}
      data-engine={state.engine.kind}
      data-finished-runs={state.finishedRuns}
      data-cells={notebook.busy ? "busy" : "idle"}
    >
      <header className="topbar">
        <div className="brand">
          <Logo />
          <span className="brand-name">Traceur</span>
          <span className="brand-tagline">{t("app.tagline")}</span>
        </div>
        <div className="actions">
          <button
            type="button"
            className="button primary"
            data-testid="run-button"
            title={t("cells.runAllHint")}
            onClick={run}
            disabled={!runnable}
          >
            <span className="button-icon" aria-hidden="true">
              ▶
            </span>
            {t("cells.runAll")}
            <kbd>Ctrl ↵</kbd>
          </button>
          <button
            type="button"
            className="button danger"
            data-testid="stop-button"
            title={t("toolbar.stopHint")}
            onClick={stop}
            disabled={!running}
          >
            <span className="button-icon" aria-hidden="true">
              ■
            </span>
            {t("toolbar.stop")}
          </button>
          <button
            type="button"
            className="button"
            data-testid="restart-button"
            title={t("cells.restartHint")}
            onClick={restart}
            disabled={!runnable}
          >
            <span className="button-icon" aria-hidden="true">
              ↺
            </span>
            {t("cells.restart")}
          </button>
          <span className="toolbar-gap" />
          <button type="button" className="button" title={t("toolbar.openHint")} onClick={open}>
            {t("toolbar.open")}
          </button>
          <button
            type="button"
            className="button"
            title={host.kind === "desktop" ? t("toolbar.saveHintDesktop") : t("toolbar.saveHint")}
            onClick={save}
          >
            {t("toolbar.save")}
          </button>
          <button type="button" className="button" title={t("toolbar.shareHint")} onClick={share}>
            {t("toolbar.share")}
          </button>
          <span className="toolbar-gap" />
          <button
            type="button"
            className="button icon"
            onClick={toggleTheme}
            title={settings.theme === "dark" ? t("toolbar.themeLight") : t("toolbar.themeDark")}
            aria-label={settings.theme === "dark" ? t("toolbar.themeLight") : t("toolbar.themeDark")}
          >
            {settings.theme === "dark" ? "☀" : "☾"}
          </button>
          <select
            className="language-select"
            aria-label={t("toolbar.language")}
            value={settings.language}
            onChange={(e) => setLanguage(e.target.value as Language)}
          >
            <option value="fr">FR</option>
            <option value="en">EN</option>
          </select>
          <button
            type="button"
            className="button icon"
            data-testid="settings-button"
            title={t("toolbar.settings")}
            aria-label={t("toolbar.settings")}
            aria-haspopup="dialog"
            onClick={() => setSettingsOpen(true)}
          >
            <GearIcon />
          </button>
        </div>
      </header>
      <SettingsDialog
        open={settingsOpen}
        settings={settings}
        storedWhere={host.kind === "desktop" ? t("settings.storedDesktop") : t("settings.storedWeb")}
        onChange={changeSettings}
        onClose={() => setSettingsOpen(false)}
      />
      <LoadingBar state={state} />
      {notice !== null && (
        <div className="notice" role="status">
          {notice}
        </div>
      )}
      <main className="workspace" style={{ gridTemplateColumns: `${columns}fr 6px ${1 - columns}fr` }}>
        <div className="column" style={{ gridTemplateRows: `${leftRows}fr 6px ${1 - leftRows}fr` }}>
          <section className="pane" aria-label={t("panels.editor")}>
            <h2 className="pane-title">{t("panels.editor")}</h2>
            <CodeEditor
              ref={editor}
              initialValue={startCode}
              theme={settings.theme}
              marker={marker}
              highlightedLine={linkedLine}
              onLearnerLineChange={setPointedLine}
              onChange={onCodeChange}
              onRun={run}
              onRunCell={runCell}
              canRunCells={runnable || notebook.busy}
              onCellsChanged={onCellsChanged}
              cellOutputs={cellOutputs}
              onTraceFunction={(name) => setPickedFunction((p) => ({ name, count: (p?.count ?? 0) + 1 }))}
            />
          </section>
          <Splitter direction="horizontal" onChange={setLeftRows} label={t("panels.output")} />
          <section className="pane" aria-label={t("panels.output")}>
            <h2 className="pane-title">
              <span className="pane-tabs" role="tablist" aria-label={t("timings.tabsLabel")}>
                <button
                  type="button"
                  role="tab"
                  className="pane-tab"
                  data-testid="output-tab"
                  aria-selected={bottomTab === "output"}
                  onClick={() => setBottomTab("output")}
                >
                  {t("panels.output")}
                </button>
                <button
                  type="button"
                  role="tab"
                  className="pane-tab"
                  data-testid="timings-tab"
                  aria-selected={bottomTab === "timings"}
                  onClick={() => setBottomTab("timings")}
                >
                  {t("timings.tab")}
                  {bottomTab !== "timings" && state.timings.length > 0 && (
                    <span className="pane-tab-dot" aria-hidden="true" />
                  )}
                </button>
              </span>
              <span className="spacer" />
              {bottomTab === "output" && (
                <button
                  type="button"
                  className="text-button"
                  onClick={() => {
                    log.clear();
                    setLogVersion(log.version);
                  }}
                >
                  {t("output.clear")}
                </button>
              )}
            </h2>
            {bottomTab === "output" ? (
              <OutputConsole log={log} version={logVersion} />
            ) : (
              <TimingsPanel groups={state.timings} />
            )}
          </section>
        </div>
        <Splitter direction="vertical" onChange={setColumns} label={t("panels.graph")} />
        <div className="column" style={{ gridTemplateRows: `${rightRows}fr 6px ${1 - rightRows}fr` }}>
          <section className="pane" aria-label={t("panels.graph")}>
            <h2 className="pane-title">
              {t("panels.graph")}
              {state.jaxprs.length > 1 && (
                <select
                  className="jaxpr-select"
                  aria-label={t("jaxpr.pick")}
                  value={state.selectedJaxpr}
                  onChange={(e) => dispatch({ type: "select-jaxpr", index: Number(e.target.value) })}
                >
                  {state.jaxprs.map((_, i) => (
                    <option key={i} value={i}>
                      {t("jaxpr.numbered", { n: i + 1 })}
                    </option>
                  ))}
                </select>
              )}
            </h2>
            <TraceBar functions={functions} picked={pickedFunction} disabled={!runnable} onTrace={trace} />
            <GraphView
              graph={graph}
              theme={settings.theme}
              highlightedEquation={hoveredEquation}
              onHoverEquation={setGraphHoveredEquation}
              onHoverNode={setHoveredNode}
              linkedNodes={lineEquations.nodeIds}
            />
          </section>
          <Splitter direction="horizontal" onChange={setRightRows} label={t("panels.jaxpr")} />
          <section className="pane" aria-label={t("panels.jaxpr")}>
            <h2 className="pane-title">{t("panels.jaxpr")}</h2>
            <JaxprPanel
              text={selected?.text ?? null}
              highlightedEquation={hoveredEquation}
              onHoverEquation={setTextHoveredEquation}
              linkedEquations={lineEquations.topLevel}
            />
          </section>
        </div>
      </main>
      <footer className="statusbar">
        <RunStatusText state={state} learnerLines={learnerLines} />
        <span className="spacer" />
        <span>{host.kind === "desktop" ? "Traceur" : "Traceur (web)"}</span>
        <span>{__APP_VERSION__}</span>
      </footer>
    </div>
  );
}
