// Types of web-server.mjs, for the TypeScript that imports it (the end-to-end tests).
import type { Server } from "node:http";

export declare const projectRoot: string;
export declare const defaultOutDir: string;
export declare function buildWebApp(
  outDir?: string,
  options?: { logLevel?: "info" | "warn" | "error" | "silent" },
): Promise<void>;
export declare function startWebServer(options?: {
  outDir?: string;
  port?: number;
  host?: string;
}): Promise<{ server: Server; port: number }>;
