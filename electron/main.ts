/**
 * The main process: one window, the app's files served from a privileged custom scheme with
 * cross-origin isolation and a strict Content-Security-Policy, and the IPC handlers of
 * ipc-contract.ts (files, recent files, autosave, settings), each argument checked by
 * ipc-validation.ts. Follows Electron's security checklist: context isolation, sandboxed renderers,
 * no Node integration (in workers neither: Pyodide would take its Node code path there), navigation
 * and new windows locked to the app, permissions denied unless needed, every IPC sender checked.
 */
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";

import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  protocol,
  screen,
  session,
  shell,
  type BaseWindow,
  type IpcMainInvokeEvent,
} from "electron";

import { resolveAppFile } from "./app-files.ts";
import { writeFileAtomicSync } from "./atomic-write.ts";
import { closeChoice, closePromptOptions } from "./close-prompt.ts";
import { DocumentFiles, type FileDialogs } from "./document-files.ts";
import {
  IpcChannel,
  IpcEvent,
  type IpcArgs,
  type IpcChannelName,
  type IpcResults,
  type MenuCommand,
} from "./ipc-contract.ts";
import { checkIpcArgs } from "./ipc-validation.ts";
import { setAppMenu } from "./menu.ts";
import { validSettingsFields } from "./settings-schema.ts";
import { UserDataFiles } from "./user-data.ts";
import { APP_RESPONSE_HEADERS, contentTypeOf } from "./security.ts";
import { MIN_WINDOW_SIZE, restoreWindowState, windowStateToSave } from "./window-state.ts";

/** The app's own scheme and host: the renderer lives at `traceur://app/index.html`. */
const APP_SCHEME = "traceur";
const APP_HOST = "app";
const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Under `electron-forge start`, the renderer comes from Vite's dev server instead. */
const DEV_SERVER_URL: string | undefined = MAIN_WINDOW_VITE_DEV_SERVER_URL;
const DEV_ORIGIN: string | undefined = DEV_SERVER_URL ? new URL(DEV_SERVER_URL).origin : undefined;

/** Where Forge's Vite plugin puts the built renderer, next to this file's `.vite/build`. */
const RENDERER_ROOT = path.join(__dirname, "..", "renderer", MAIN_WINDOW_VITE_NAME);

// Must run before `ready`. `standard` gives the scheme real origins (so workers, fetch and storage
// behave as on https), `secure` makes it a secure context (SharedArrayBuffer, WebGPU),
// `supportFetchAPI` lets the page fetch() its own files (Pyodide's wasm and stdlib).
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

function textResponse(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...APP_RESPONSE_HEADERS, "Content-Type": "text/plain; charset=utf-8" },
  });
}

/** Answers `traceur://app/<path>` with a file of the built renderer, never one outside it. */
async function serveAppFile(request: Request): Promise<Response> {
  if (request.method !== "GET" && request.method !== "HEAD") return textResponse(405, "Method Not Allowed");
  const url = new URL(request.url);
  const file = url.host === APP_HOST ? resolveAppFile(RENDERER_ROOT, url.pathname) : null;
  if (file === null) return textResponse(404, "Not Found");
  let body: Uint8Array<ArrayBuffer>;
  try {
    body = new Uint8Array(await readFile(file));
  } catch {
    return textResponse(404, "Not Found");
  }
  return new Response(request.method === "HEAD" ? null : body, {
    status: 200,
    headers: {
      ...APP_RESPONSE_HEADERS,
      "Content-Type": contentTypeOf(file),
      "Content-Length": String(body.length),
    },
  });
}

/** Whether a URL belongs to the app (its scheme, or the dev server under `npm start`). */
function isAppUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  // Node's URL gives custom schemes an opaque ("null") origin: compare scheme and host instead.
  if (url.protocol === `${APP_SCHEME}:`) return url.host === APP_HOST;
  return DEV_ORIGIN !== undefined && url.origin === DEV_ORIGIN;
}

/** IPC is answered only for the app's own top frame. */
function assertTrustedSender(event: IpcMainInvokeEvent): void {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null || !isAppUrl(frame.url)) {
    throw new Error(`IPC refusé : expéditeur inattendu (${frame?.url ?? "cadre détruit"})`);
  }
}

/**
 * Answers `channel` with `handler`, for the app's own top frame only, once the arguments are checked
 * against the contract.
 */
function handle<C extends IpcChannelName>(
  channel: C,
  handler: (event: IpcMainInvokeEvent, ...args: IpcArgs[C]) => IpcResults[C] | Promise<IpcResults[C]>,
): void {
  ipcMain.handle(channel, (event, ...args: unknown[]) => {
    assertTrustedSender(event);
    return handler(event, ...checkIpcArgs(channel, args));
  });
}

const SETTINGS_FILE = "settings.json";
const AUTOSAVE_FILE = "autosave.py";

const PYTHON_FILTERS = [
  { name: "Python", extensions: ["py"] },
  { name: "Tous les fichiers", extensions: ["*"] },
];

function fileDialogs(): FileDialogs {
  const parent = () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  return {
    chooseFileToOpen: async () => {
      const options = {
        title: "Ouvrir un fichier Python",
        filters: PYTHON_FILTERS,
        properties: ["openFile" as const],
      };
      const window = parent();
      const result = await (window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options));
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    chooseFileToSave: async (suggested) => {
      const options = { title: "Enregistrer sous", defaultPath: suggested, filters: PYTHON_FILTERS };
      const window = parent();
      const result = await (window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options));
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}

/** The window the learner confirmed they want closed (it closes without asking again). */
const closeConfirmed = new WeakSet<BrowserWindow>();
/**
 * Whether the close being asked about comes from quitting: a prevented close cancels the quit, so it
 * is resumed once the window has closed.
 */
let quitting = false;

function closeConfirmedWindow(window: BrowserWindow): void {
  closeConfirmed.add(window);
  window.close();
  if (quitting) app.quit();
}

function sendToRenderer(window: BaseWindow | undefined, channel: string, ...args: unknown[]): void {
  if (window instanceof BrowserWindow) window.webContents.send(channel, ...args);
}

function registerIpcHandlers(userData: UserDataFiles, files: DocumentFiles): void {
  handle(IpcChannel.getAppInfo, () => ({ version: app.getVersion(), platform: process.platform }));
  handle(IpcChannel.openFile, () => files.open());
  handle(IpcChannel.openRecent, (_event, file) => files.openRecent(file));
  handle(IpcChannel.saveFile, (_event, text) => files.save(text));
  handle(IpcChannel.saveFileAs, (_event, text) => files.saveAs(text));
  handle(IpcChannel.getRecentFiles, () => files.recentFiles());
  handle(IpcChannel.autosave, (_event, text) => userData.writeText(AUTOSAVE_FILE, text));
  handle(IpcChannel.loadAutosave, () => userData.readText(AUTOSAVE_FILE));
  handle(IpcChannel.getSettings, async () => validSettingsFields(await userData.readJson(SETTINGS_FILE)));
  handle(IpcChannel.setSettings, (_event, settings) => userData.writeJson(SETTINGS_FILE, settings));
  handle(IpcChannel.setDocumentState, (event, { modified }) => {
    files.setModified(modified);
    const window = BrowserWindow.fromWebContents(event.sender);
    if (window && process.platform === "darwin") {
      window.setDocumentEdited(modified);
      window.setRepresentedFilename(files.currentPath ?? "");
    }
  });
  handle(IpcChannel.closeWindow, (event) => {
    const window = BrowserWindow.fromWebContents(event.sender);
    if (window) closeConfirmedWindow(window);
  });
}

function updateMenu(files: DocumentFiles): void {
  setAppMenu(files.recentFiles(), {
    command: (name: MenuCommand, window) => sendToRenderer(window, IpcEvent.menuCommand, name),
    openRecent: (file, window) => sendToRenderer(window, IpcEvent.openRecent, file),
    clearRecentFiles: () => void files.clearRecentFiles(),
  });
}

/** Asks before a window with unsaved changes to its file closes: save, discard or stay. */
async function askToSaveBeforeClose(window: BrowserWindow, files: DocumentFiles): Promise<void> {
  const { response } = await dialog.showMessageBox(window, closePromptOptions(files.fileName));
  switch (closeChoice(response)) {
    case "save":
      // The renderer holds the text: it saves, then asks for the close (closeWindow).
      window.webContents.send(IpcEvent.saveBeforeClose);
      return;
    case "discard":
      closeConfirmedWindow(window);
      return;
    case "cancel":
      quitting = false;
      return;
  }
}

function hardenSessionAndContents(): void {
  const allowed = new Set(["clipboard-sanitized-write", "fullscreen"]);
  session.defaultSession.setPermissionRequestHandler((contents, permission, callback) => {
    callback(allowed.has(permission) && isAppUrl(contents.getURL()));
  });
  session.defaultSession.setPermissionCheckHandler((_contents, permission, requestingOrigin) => {
    return allowed.has(permission) && isAppUrl(requestingOrigin);
  });

  app.on("web-contents-created", (_event, contents) => {
    contents.on("will-navigate", (event) => {
      if (!isAppUrl(event.url)) event.preventDefault();
    });
    contents.on("will-redirect", (event) => {
      if (!isAppUrl(event.url)) event.preventDefault();
    });
    contents.on("will-attach-webview", (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      // Links to the web (documentation, JAX's site) open in the user's browser, never in the app.
      if (url.startsWith("https://")) void shell.openExternal(url);
      return { action: "deny" };
    });
  });
}

const windowStateFile = (): string => path.join(app.getPath("userData"), "window-state.json");

function readSavedWindowState(): unknown {
  try {
    return JSON.parse(readFileSync(windowStateFile(), "utf8"));
  } catch {
    return null;
  }
}

function createMainWindow(files: DocumentFiles): BrowserWindow {
  const state = restoreWindowState(
    readSavedWindowState(),
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const window = new BrowserWindow({
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: "Traceur",
    show: false,
    backgroundColor: "#f7f5f0",
    webPreferences: {
      preload: path.join(__dirname, "preload.cjs"),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  });
  if (state.maximized) window.maximize();
  // A new page (first load, reload) starts untitled: its text comes from the autosave.
  window.webContents.on("did-navigate", () => files.startUntitled());
  window.once("ready-to-show", () => window.show());
  window.on("close", (event) => {
    if (!closeConfirmed.has(window) && files.needsSaveBeforeClose) {
      event.preventDefault();
      void askToSaveBeforeClose(window, files);
      return;
    }
    try {
      const saved = windowStateToSave(window.getNormalBounds(), window.isMaximized());
      writeFileAtomicSync(windowStateFile(), JSON.stringify(saved));
    } catch (error) {
      console.warn("Traceur : position de la fenêtre non enregistrée", error);
    }
  });
  void window.loadURL(DEV_SERVER_URL ?? `${APP_ORIGIN}/index.html`);
  return window;
}

async function start(): Promise<void> {
  protocol.handle(APP_SCHEME, serveAppFile);
  hardenSessionAndContents();
  const userData = new UserDataFiles(app.getPath("userData"));
  const files: DocumentFiles = await DocumentFiles.load({
    dialogs: fileDialogs(),
    userData,
    documentsFolder: app.getPath("documents"),
    onRecentFilesChanged: () => updateMenu(files),
  });
  registerIpcHandlers(userData, files);
  updateMenu(files);
  createMainWindow(files);
  app.on("activate", () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow(files);
  });
}

app
  .whenReady()
  .then(start)
  .catch((error: unknown) => {
    console.error("Traceur n'a pas pu démarrer :", error);
    app.exit(1);
  });

app.on("before-quit", () => {
  quitting = true;
});

app.on("window-all-closed", () => {
  if (process.platform !== "darwin") app.quit();
});
