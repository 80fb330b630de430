/**
 * The contract between the main process, the preload script and the renderer: the channel names and
 * the types of the API that the preload exposes on `window.traceur`. Types, constants and one validator
 * only, so that every side can import it.
 */

/** The global name under which the preload exposes {@link TraceurApi}. */
export const API_KEY = "traceur";

/** IPC channel names (renderer → main, `ipcRenderer.invoke`). */
export const IpcChannel = {
  getAppInfo: "traceur:get-app-info",
} as const;

export type IpcChannelName = (typeof IpcChannel)[keyof typeof IpcChannel];

/** Event channels (main → renderer, `webContents.send`). */
export const IpcEvent = {
  menuCommand: "traceur:menu-command",
} as const;

/** What the application menu asks the renderer to do. */
export const MENU_COMMANDS = ["open", "save", "save-as", "share", "run", "stop"] as const;
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

/** The result type of each invoke channel. */
export interface IpcResults {
  [IpcChannel.getAppInfo]: AppInfo;
}

/** The narrow API the preload exposes to the renderer (and that web mode implements too). */
export interface TraceurApi {
  /** Always true in the desktop app; lets the renderer tell its host. */
  readonly isDesktop: true;
  getAppInfo(): Promise<AppInfo>;
  /** Calls `listener` with each command of the application menu; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
