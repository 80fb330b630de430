/**
 * The renderer's host: the desktop app's preload API when there is one (`window.traceur`), or the
 * browser's own implementation in web mode (file picker, download, localStorage). The rest of the
 * renderer only sees {@link Host}: one UI, two implementations.
 */
import type { AppInfo, MenuCommand, OpenResult, SaveResult, TraceurApi } from "../electron/ipc-contract.ts";
import { decodeSource } from "../electron/source-text.ts";
import { defaultSettings, parseSettings, type Settings } from "./settings.ts";

declare global {
  interface Window {
    /** Set by the preload script in the desktop app; absent in a browser. */
    readonly traceur?: TraceurApi;
  }
}

export interface Host {
  readonly kind: "desktop" | "web";
  getAppInfo(): Promise<AppInfo>;
  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): void;
  /** The editor's last content, kept so that nothing typed is lost; null on a first start. */
  loadAutosave(): Promise<string | null>;
  autosave(source: string): void;
  /** Asks the learner for a .py file. */
  openFile(): Promise<OpenResult>;
  /** Opens a file of the desktop menu's recent files (a path `onOpenRecent` gave). */
  openRecent(path: string): Promise<OpenResult>;
  /** Saves to the document's file (desktop; asks where the first time) or downloads it as `name` (web). */
  saveFile(source: string, name: string): Promise<SaveResult>;
  /** Always asks where (desktop); downloads in web mode. */
  saveFileAs(source: string, name: string): Promise<SaveResult>;
  /** Whether the text differs from its file: the desktop app asks before closing then. */
  setDocumentModified(modified: boolean): void;
  /** The desktop app's menu commands; the web host has no menu and never calls `listener`. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  onOpenRecent(listener: (path: string) => void): () => void;
  /** The learner closes the window and chose to save first: save, then `closeWindow()`. */
  onSaveBeforeClose(listener: () => void): () => void;
  closeWindow(): void;
}

const SETTINGS_KEY = "traceur.settings";
const AUTOSAVE_KEY = "traceur.autosave";

const prefersDark = (): boolean => globalThis.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false;
const noSubscription = () => () => {};

function storageGet(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function storageSet(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Storage full or disabled: settings and autosave are a comfort, never a reason to fail.
  }
}

function pickFile(): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement("input");
    input.type = "file";
    input.accept = ".py,text/x-python,text/plain";
    input.addEventListener("change", () => resolve(input.files?.[0] ?? null), { once: true });
    input.addEventListener("cancel", () => resolve(null), { once: true });
    input.click();
  });
}

function download(name: string, text: string): SaveResult {
  const url = URL.createObjectURL(new Blob([text], { type: "text/x-python;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  return { kind: "saved", name };
}

function failure(error: unknown): SaveResult {
  return { kind: "failed", message: error instanceof Error ? error.message : String(error) };
}

function webHost(): Host {
  return {
    kind: "web",
    getAppInfo: () => Promise.resolve({ version: __APP_VERSION__, platform: "web" }),
    loadSettings: () =>
      Promise.resolve(parseSettings(storageGet(SETTINGS_KEY), defaultSettings(prefersDark()))),
    saveSettings: (settings) => storageSet(SETTINGS_KEY, JSON.stringify(settings)),
    loadAutosave: () => Promise.resolve(storageGet(AUTOSAVE_KEY)),
    autosave: (source) => storageSet(AUTOSAVE_KEY, source),
    openFile: async () => {
      const file = await pickFile();
      if (!file) return { kind: "cancelled" };
      const content = decodeSource(new Uint8Array(await file.arrayBuffer()));
      if (content.ok) return { kind: "opened", name: file.name, text: content.text };
      const { ok: _ok, ...refusal } = content;
      return { kind: "refused", name: file.name, ...refusal };
    },
    openRecent: () => Promise.reject(new Error("Traceur does not support recent files in a browser")),
    saveFile: (source, name) => Promise.resolve(download(name, source)),
    saveFileAs: (source, name) => Promise.resolve(download(name, source)),
    setDocumentModified: () => {},
    onMenuCommand: noSubscription,
    onOpenRecent: noSubscription,
    onSaveBeforeClose: noSubscription,
    closeWindow: () => {},
  };
}

function desktopHost(api: TraceurApi): Host {
  const warn = (what: string) => (error: unknown) => console.warn(`Traceur : ${what}`, error);
  return {
    kind: "desktop",
    getAppInfo: () => api.getAppInfo(),
    loadSettings: async () => {
      const saved = await api.getSettings().catch((error: unknown) => {
        warn("réglages illisibles")(error);
        return {};
      });
      return { ...defaultSettings(prefersDark()), ...saved };
    },
    saveSettings: (settings) => void api.setSettings(settings).catch(warn("réglages non enregistrés")),
    loadAutosave: () =>
      api.loadAutosave().catch((error: unknown) => {
        warn("sauvegarde automatique illisible")(error);
        return null;
      }),
    autosave: (source) => void api.autosave(source).catch(warn("sauvegarde automatique impossible")),
    openFile: () => api.openFile(),
    openRecent: (path) => api.openRecent(path),
    saveFile: (source) => api.saveFile(source).catch(failure),
    saveFileAs: (source) => api.saveFileAs(source).catch(failure),
    setDocumentModified: (modified) =>
      void api.setDocumentState({ modified }).catch(warn("état du document non transmis")),
    onMenuCommand: (listener) => api.onMenuCommand(listener),
    onOpenRecent: (listener) => api.onOpenRecent(listener),
    onSaveBeforeClose: (listener) => api.onSaveBeforeClose(listener),
    closeWindow: () => void api.closeWindow(),
  };
}

export function getHost(): Host {
  const api = window.traceur;
  return api?.isDesktop === true ? desktopHost(api) : webHost();
}
