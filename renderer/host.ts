/**
 * The renderer's host: the desktop app's preload API when there is one (`window.traceur`), or the
 * browser's own implementation in web mode. The rest of the renderer only sees {@link Host}.
 */
import type { AppInfo, TraceurApi } from "../electron/ipc-contract.ts";

declare global {
  interface Window {
    /** Set by the preload script in the desktop app; absent in a browser. */
    readonly traceur?: TraceurApi;
  }
}

export interface Host {
  readonly kind: "desktop" | "web";
  getAppInfo(): Promise<AppInfo>;
}

const webHost: Host = {
  kind: "web",
  getAppInfo: () => Promise.resolve({ version: __APP_VERSION__, platform: "web" }),
};

export function getHost(): Host {
  const api = window.traceur;
  if (api?.isDesktop === true) {
    return { kind: "desktop", getAppInfo: () => api.getAppInfo() };
  }
  return webHost;
}
