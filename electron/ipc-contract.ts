/**
 * The contract between the main process, the preload script and the renderer: the channel names, the
 * arguments and results of each, and the API that the preload exposes on `window.traceur`. Types and
 * constants only (and one check), so that every side can import it; the main process checks each
 * argument with ipc-validation.ts.
 */
import type { Settings } from "./settings-schema.ts";

/** The global name under which the preload exposes {@link TraceurApi}. */
export const API_KEY = "traceur";

/** IPC channel names (renderer → main, `ipcRenderer.invoke`). */
export const IpcChannel = {
  getAppInfo: "traceur:get-app-info",
  openFile: "traceur:open-file",
  openRecent: "traceur:open-recent",
  saveFile: "traceur:save-file",
  saveFileAs: "traceur:save-file-as",
  getRecentFiles: "traceur:get-recent-files",
  autosave: "traceur:autosave",
  loadAutosave: "traceur:load-autosave",
  getSettings: "traceur:get-settings",
  setSettings: "traceur:set-settings",
  setDocumentState: "traceur:set-document-state",
  closeWindow: "traceur:close-window",
} as const;

export type IpcChannelName = (typeof IpcChannel)[keyof typeof IpcChannel];

/** Event channels (main → renderer, `webContents.send`). */
export const IpcEvent = {
  menuCommand: "traceur:menu-command",
  /** A file of "Ouvrir un fichier récent" was chosen; its path comes with it. */
  openRecent: "traceur:open-recent-chosen",
  /** The learner closes the window and chose "Enregistrer": save, then call `closeWindow`. */
  saveBeforeClose: "traceur:save-before-close",
} as const;

/** What the application menu asks the renderer to do. */
export const MENU_COMMANDS = ["open", "save", "save-as", "share", "run", "stop", "settings"] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** Every message is checked on arrival: only these exact strings are commands. */
export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === "string" && (MENU_COMMANDS as readonly string[]).includes(value);
}

/**
 * Where the renderer runs. `web` is the browser (`npm run web`); the others are Node's
 * `process.platform` names for the desktop app.
 */
export type HostPlatform = "darwin" | "linux" | "win32" | "web" | (string & {});

export interface AppInfo {
  /** The app's version (package.json). */
  readonly version: string;
  readonly platform: HostPlatform;
}

/** Why a file was not opened. */
export type OpenRefusal =
  | { readonly reason: "not-utf8" }
  | { readonly reason: "too-big"; readonly sizeBytes: number }
  /** A recent file that no longer exists: it has been dropped from the list. */
  | { readonly reason: "missing" }
  | { readonly reason: "unreadable"; readonly message: string };

export type OpenResult =
  | { readonly kind: "opened"; readonly name: string; readonly text: string }
  | { readonly kind: "cancelled" }
  | ({ readonly kind: "refused"; readonly name: string } & OpenRefusal);

export type SaveResult =
  | { readonly kind: "saved"; readonly name: string }
  | { readonly kind: "cancelled" }
  | { readonly kind: "failed"; readonly message: string };

export interface RecentFile {
  readonly path: string;
  /** The file's name, without its folder. */
  readonly name: string;
}

/** What the main process needs to know of the editor's document. */
export interface DocumentState {
  /** The text differs from the file it was opened from or last saved to. */
  readonly modified: boolean;
}

/** The arguments of each invoke channel. */
export interface IpcArgs {
  [IpcChannel.getAppInfo]: [];
  [IpcChannel.openFile]: [];
  [IpcChannel.openRecent]: [path: string];
  [IpcChannel.saveFile]: [text: string];
  [IpcChannel.saveFileAs]: [text: string];
  [IpcChannel.getRecentFiles]: [];
  [IpcChannel.autosave]: [text: string];
  [IpcChannel.loadAutosave]: [];
  [IpcChannel.getSettings]: [];
  [IpcChannel.setSettings]: [settings: Settings];
  [IpcChannel.setDocumentState]: [state: DocumentState];
  [IpcChannel.closeWindow]: [];
}

/** The result type of each invoke channel. */
export interface IpcResults {
  [IpcChannel.getAppInfo]: AppInfo;
  [IpcChannel.openFile]: OpenResult;
  [IpcChannel.openRecent]: OpenResult;
  [IpcChannel.saveFile]: SaveResult;
  [IpcChannel.saveFileAs]: SaveResult;
  [IpcChannel.getRecentFiles]: RecentFile[];
  [IpcChannel.autosave]: void;
  /** The editor's last autosaved text; null on a first start. */
  [IpcChannel.loadAutosave]: string | null;
  /** The saved settings' valid fields (none on a first start): the renderer fills in its defaults. */
  [IpcChannel.getSettings]: Partial<Settings>;
  [IpcChannel.setSettings]: void;
  [IpcChannel.setDocumentState]: void;
  [IpcChannel.closeWindow]: void;
}

/** The narrow API the preload exposes to the renderer. */
export interface TraceurApi {
  /** Always true in the desktop app; lets the renderer tell its host. */
  readonly isDesktop: true;
  getAppInfo(): Promise<AppInfo>;
  /** The native "open" dialog (`.py` files). */
  openFile(): Promise<OpenResult>;
  /** A path that came with an `onOpenRecent` event (the main process refuses any other). */
  openRecent(path: string): Promise<OpenResult>;
  /** Saves to the current file; without one, asks where, as `saveFileAs` does. */
  saveFile(text: string): Promise<SaveResult>;
  saveFileAs(text: string): Promise<SaveResult>;
  getRecentFiles(): Promise<RecentFile[]>;
  autosave(text: string): Promise<void>;
  loadAutosave(): Promise<string | null>;
  getSettings(): Promise<Partial<Settings>>;
  setSettings(settings: Settings): Promise<void>;
  setDocumentState(state: DocumentState): Promise<void>;
  /** Closes the window without asking again (after `onSaveBeforeClose`'s save succeeded). */
  closeWindow(): Promise<void>;
  /** Calls `listener` with each command of the application menu; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  onOpenRecent(listener: (path: string) => void): () => void;
  onSaveBeforeClose(listener: () => void): () => void;
}
