/**
 * The preload script: runs sandboxed, before the page, with context isolation. It exposes only the
 * small typed API of ipc-contract.ts; the renderer never sees `ipcRenderer` itself.
 */
import { contextBridge, ipcRenderer } from "electron";

import {
  API_KEY,
  IpcChannel,
  IpcEvent,
  isMenuCommand,
  type IpcChannelName,
  type IpcResults,
  type TraceurApi,
} from "./ipc-contract.ts";

function invoke<C extends IpcChannelName>(channel: C): Promise<IpcResults[C]> {
  return ipcRenderer.invoke(channel) as Promise<IpcResults[C]>;
}

const api: TraceurApi = {
  isDesktop: true,
  getAppInfo: () => invoke(IpcChannel.getAppInfo),
  onMenuCommand: (listener) => {
    const forward = (_event: Electron.IpcRendererEvent, command: unknown) => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(IpcEvent.menuCommand, forward);
    return () => ipcRenderer.off(IpcEvent.menuCommand, forward);
  },
};

contextBridge.exposeInMainWorld(API_KEY, api);
