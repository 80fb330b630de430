/**
 * The preload script: runs sandboxed, before the page, with context isolation. It exposes only the
 * small typed API of ipc-contract.ts; the renderer never sees `ipcRenderer` itself, and what the main
 * process sends is checked before it reaches the page.
 */
import { contextBridge, ipcRenderer } from "electron";

import {
  API_KEY,
  IpcChannel,
  IpcEvent,
  isMenuCommand,
  type IpcArgs,
  type IpcChannelName,
  type IpcResults,
  type TraceurApi,
} from "./ipc-contract.ts";

function invoke<C extends IpcChannelName>(channel: C, ...args: IpcArgs[C]): Promise<IpcResults[C]> {
  return ipcRenderer.invoke(channel, ...args) as Promise<IpcResults[C]>;
}

/** Subscribes `listener` to an event of the main process, for the values `accept` lets through. */
function subscribe<T>(channel: string, accept: (value: unknown) => value is T, listener: (value: T) => void) {
  const forward = (_event: Electron.IpcRendererEvent, value: unknown) => {
    if (accept(value)) listener(value);
  };
  ipcRenderer.on(channel, forward);
  return () => {
    ipcRenderer.off(channel, forward);
  };
}

const isString = (value: unknown): value is string => typeof value === "string";
const isNothing = (value: unknown): value is undefined => value === undefined;

const api: TraceurApi = {
  isDesktop: true,
  getAppInfo: () => invoke(IpcChannel.getAppInfo),
  openFile: () => invoke(IpcChannel.openFile),
  openRecent: (path) => invoke(IpcChannel.openRecent, path),
  saveFile: (text) => invoke(IpcChannel.saveFile, text),
  saveFileAs: (text) => invoke(IpcChannel.saveFileAs, text),
  getRecentFiles: () => invoke(IpcChannel.getRecentFiles),
  autosave: (text) => invoke(IpcChannel.autosave, text),
  loadAutosave: () => invoke(IpcChannel.loadAutosave),
  getSettings: () => invoke(IpcChannel.getSettings),
  setSettings: (settings) => invoke(IpcChannel.setSettings, settings),
  setDocumentState: (state) => invoke(IpcChannel.setDocumentState, state),
  closeWindow: () => invoke(IpcChannel.closeWindow),
  onMenuCommand: (listener) => subscribe(IpcEvent.menuCommand, isMenuCommand, listener),
  onOpenRecent: (listener) => subscribe(IpcEvent.openRecent, isString, listener),
  onSaveBeforeClose: (listener) => subscribe(IpcEvent.saveBeforeClose, isNothing, () => listener()),
};

contextBridge.exposeInMainWorld(API_KEY, api);
