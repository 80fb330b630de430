/**
 * The app's one screen: the editor and its output on the left, the jaxpr's graph and text on the
 * right, a toolbar above, a status bar below. The engine lives in a worker (engine-client.ts).
 */
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

import type { MenuCommand } from "../electron/ipc-contract.ts";
import { OutputConsole } from "./console/OutputConsole.tsx";
import { CodeEditor, type CodeEditorHandle, type EditorMarker } from "./editor/CodeEditor.tsx";
import { setJaxApi } from "./editor/jax-language.ts";
import { decodeShareFragment, encodeShareFragment } from "./editor/share-link.ts";
import { WELCOME_CODE } from "./examples.ts";
import { MAX_SOURCE_BYTES } from "./files/decode-source.ts";
import { GraphView } from "./graph/GraphView.tsx";
import type { Host } from "./host.ts";
import type { Language } from "./i18n/index.ts";
import { JaxprPanel } from "./jaxpr/JaxprPanel.tsx";
import { Splitter } from "./layout/Splitter.tsx";
import type { Settings } from "./settings.ts";
import { TraceBar } from "./trace/TraceBar.tsx";
import { definedFunctions, traceScript, type TraceRequest } from "./trace/trace-request.ts";
import { OutputLog } from "./state/output-log.ts";
import {
  canRun,
  initialSessionState,
  isRunning,
  sessionReducer,
  type SessionState,
} from "./state/session-state.ts";
import { type EngineClient, takeEngine } from "./worker/engine-client.ts";

const AUTOSAVE_DELAY_MS = 400;

function initialCode(host: Host): string {
  return decodeShareFragment(location.hash) ?? host.loadAutosave() ?? WELCOME_CODE;
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

export function App({ host, initialSettings }: { readonly host: Host; readonly initialSettings: Settings }) {
  const { t, i18n } = useTranslation();
  const [settings, setSettings] = useState(initialSettings);
  const [state, dispatch] = useReducer(sessionReducer, initialSessionState);
  const [log] = useState(() => new OutputLog());
  const [logVersion, setLogVersion] = useState(0);
  const [hoveredEquation, setHoveredEquation] = useState<number | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [columns, setColumns] = useState(0.5);
  const [leftRows, setLeftRows] = useState(0.64);
  const [rightRows, setRightRows] = useState(0.58);
  const [startCode] = useState(() => initialCode(host));
  const [learnerLines, setLearnerLines] = useState(0);
  const [functions, setFunctions] = useState(() => definedFunctions(startCode));
  const [pickedFunction, setPickedFunction] = useState<{ name: string; count: number } | null>(null);
  const editor = useRef<CodeEditorHandle>(null);
  const client = useRef<EngineClient | null>(null);
  const autosaveTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const redrawScheduled = useRef(false);
  const fileName = useRef("main.py");

  useEffect(() => {
    const scheduleLogRedraw = () => {
      if (redrawScheduled.current) return;
      redrawScheduled.current = true;
      requestAnimationFrame(() => {
        redrawScheduled.current = false;
        setLogVersion(log.version);
      });
    };
    const engine = takeEngine((event) => {
      if (event.type === "api") {
        setJaxApi(event.entries);
        return;
      }
      if (event.type === "output") {
        log.append(event.stream, event.text);
        scheduleLogRedraw();
        return;
      }
      dispatch({ type: "worker", event });
    });
    client.current = engine;
    return () => {
      engine.dispose();
      client.current = null;
    };
  }, [log]);

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

  const run = useCallback(() => runScript(editor.current?.getValue() ?? "", false), [runScript]);

  const trace = useCallback(
    (request: TraceRequest) => runScript(traceScript(editor.current?.getValue() ?? "", request), true),
    [runScript],
  );

  const stop = useCallback(() => {
    client.current?.stop();
    dispatch({ type: "stop-requested" });
  }, []);

  const onCodeChange = useCallback(
    (code: string) => {
      setFunctions((previous) => {
        const next = definedFunctions(code);
        return next.join() === previous.join() ? previous : next;
      });
      if (autosaveTimer.current !== null) clearTimeout(autosaveTimer.current);
      autosaveTimer.current = setTimeout(() => host.autosave(code), AUTOSAVE_DELAY_MS);
    },
    [host],
  );

  useEffect(() => {
    const onHashChange = () => {
      const shared = decodeShareFragment(location.hash);
      if (shared !== null) editor.current?.setValue(shared);
    };
    window.addEventListener("hashchange", onHashChange);
    return () => window.removeEventListener("hashchange", onHashChange);
  }, []);

  const showNotice = (text: string) => {
    setNotice(text);
    setTimeout(() => setNotice((current) => (current === text ? null : current)), 4000);
  };

  const share = () => {
    const url = `${location.href.split("#")[0]}${encodeShareFragment(editor.current?.getValue() ?? "")}`;
    history.replaceState(null, "", url);
    void navigator.clipboard.writeText(url).then(
      () => showNotice(t("toolbar.shareCopied")),
      () => showNotice(url),
    );
  };

  const open = async () => {
    const file = await host.openFile();
    if (!file) return;
    const content = file.content;
    if (content.ok) {
      fileName.current = file.name;
      editor.current?.setValue(content.text);
      return;
    }
    if (content.reason === "not-utf8") showNotice(t("file.notUtf8"));
    else {
      const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
      showNotice(t("file.tooBig", { size: mb(content.sizeBytes), max: mb(MAX_SOURCE_BYTES) }));
    }
  };

  const save = () => void host.saveFile(fileName.current, editor.current?.getValue() ?? "");

  const setLanguage = (language: Language) => {
    void i18n.changeLanguage(language);
    setSettings((s) => ({ ...s, language }));
  };

  const toggleTheme = () => setSettings((s) => ({ ...s, theme: s.theme === "dark" ? "light" : "dark" }));

  // The desktop menu's commands run the same handlers as the toolbar.
  const menuHandlers = useRef<Record<MenuCommand, () => void>>(null);
  useEffect(() => {
    menuHandlers.current = { open: () => void open(), save, "save-as": save, share, run, stop };
  });
  useEffect(() => host.onMenuCommand((command) => menuHandlers.current?.[command]()), [host]);

  const selected = state.jaxprs[state.selectedJaxpr] ?? null;
  const graph = useMemo(() => selected?.graph ?? null, [selected]);
  // The source line of the hovered equation, when the engine recorded where it came from.
  const linkedLine = useMemo(() => {
    if (hoveredEquation === null || !graph) return null;
    const node = graph.nodes.find((n) => n.eqnPath?.length === 1 && n.eqnPath[0] === hoveredEquation);
    return node?.sourceLine ?? null;
  }, [graph, hoveredEquation]);

  return (
    <div className="app" data-run={state.run.kind} data-finished-runs={state.finishedRuns}>
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
            title={t("toolbar.runHint")}
            onClick={run}
            disabled={!runnable}
          >
            <span className="button-icon" aria-hidden="true">
              ▶
            </span>
            {t("toolbar.run")}
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
          <span className="toolbar-gap" />
          <button type="button" className="button" title={t("toolbar.openHint")} onClick={() => void open()}>
            {t("toolbar.open")}
          </button>
          <button type="button" className="button" title={t("toolbar.saveHint")} onClick={save}>
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
        </div>
      </header>
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
              onChange={onCodeChange}
              onRun={run}
              onTraceFunction={(name) => setPickedFunction((p) => ({ name, count: (p?.count ?? 0) + 1 }))}
            />
          </section>
          <Splitter direction="horizontal" onChange={setLeftRows} label={t("panels.output")} />
          <section className="pane" aria-label={t("panels.output")}>
            <h2 className="pane-title">
              {t("panels.output")}
              <span className="spacer" />
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
            </h2>
            <OutputConsole log={log} version={logVersion} />
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
              onHoverEquation={setHoveredEquation}
            />
          </section>
          <Splitter direction="horizontal" onChange={setRightRows} label={t("panels.jaxpr")} />
          <section className="pane" aria-label={t("panels.jaxpr")}>
            <h2 className="pane-title">{t("panels.jaxpr")}</h2>
            <JaxprPanel
              text={selected?.text ?? null}
              highlightedEquation={hoveredEquation}
              onHoverEquation={setHoveredEquation}
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
