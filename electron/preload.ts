/**
 * The preload script: runs sandboxed, before the page, with context isolation. It exposes only the
 * small typed API of ipc-contract.ts; the renderer never sees `ipcRenderer` itself.
 */
import { contextBridge, ipcRenderer } from "electron";

import {
  API_KEY,
  IpcChannel,
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
};

contextBridge.exposeInMainWorld(API_KEY, api);
