/**
 * The renderer's host: the desktop app's preload API when there is one (`window.traceur`), or the
 * browser's own implementation in web mode. The rest of the renderer only sees {@link Host}.
 */
import type { AppInfo, MenuCommand, TraceurApi } from "../electron/ipc-contract.ts";
import { decodeSource, type DecodedSource } from "./files/decode-source.ts";
import { defaultSettings, parseSettings, type Settings } from "./settings.ts";

declare global {
  interface Window {
    /** Set by the preload script in the desktop app; absent in a browser. */
    readonly traceur?: TraceurApi;
  }
}

export interface OpenedFile {
  readonly name: string;
  readonly content: DecodedSource;
}

export interface Host {
  readonly kind: "desktop" | "web";
  getAppInfo(): Promise<AppInfo>;
  loadSettings(): Settings;
  saveSettings(settings: Settings): void;
  /** The editor's last content, kept so that nothing typed is lost; null on a first start. */
  loadAutosave(): string | null;
  autosave(source: string): void;
  /** Asks the learner for a .py file; null if they cancel. */
  openFile(): Promise<OpenedFile | null>;
  saveFile(suggestedName: string, source: string): Promise<void>;
  /** The desktop app's menu commands; the web host has no menu and never calls `listener`. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

const SETTINGS_KEY = "traceur.settings";
const AUTOSAVE_KEY = "traceur.autosave";

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

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: "text/x-python;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** What both hosts do the browser's way (the desktop app's menus and dialogs come through IPC later). */
function browserHost(
  kind: Host["kind"],
  getAppInfo: () => Promise<AppInfo>,
  onMenuCommand: Host["onMenuCommand"] = () => () => {},
): Host {
  const prefersDark = globalThis.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false;
  return {
    kind,
    getAppInfo,
    loadSettings: () => parseSettings(storageGet(SETTINGS_KEY), defaultSettings(prefersDark)),
    saveSettings: (settings) => storageSet(SETTINGS_KEY, JSON.stringify(settings)),
    loadAutosave: () => storageGet(AUTOSAVE_KEY),
    autosave: (source) => storageSet(AUTOSAVE_KEY, source),
    openFile: async () => {
      const file = await pickFile();
      if (!file) return null;
      return { name: file.name, content: decodeSource(new Uint8Array(await file.arrayBuffer())) };
    },
    saveFile: (name, source) => {
      download(name, source);
      return Promise.resolve();
    },
    onMenuCommand,
  };
}

export function getHost(): Host {
  const api = window.traceur;
  if (api?.isDesktop === true) {
    return browserHost(
      "desktop",
      () => api.getAppInfo(),
      (listener) => api.onMenuCommand(listener),
    );
  }
  return browserHost("web", () => Promise.resolve({ version: __APP_VERSION__, platform: "web" }));
}
