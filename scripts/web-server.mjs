// Web mode's two steps, for scripts/web.mjs and the end-to-end tests: build the renderer with Vite (the
// same config as the desktop app), and serve a build with the app's headers: cross-origin isolation
// (COOP/COEP, for SharedArrayBuffer) and its Content-Security-Policy, as the desktop app's scheme does.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { resolveAppFile } from "../electron/app-files.ts";
import { APP_RESPONSE_HEADERS, contentTypeOf } from "../electron/security.ts";

export const projectRoot = fileURLToPath(new URL("..", import.meta.url));
export const defaultOutDir = path.join(projectRoot, "dist", "web");

/** Builds the renderer into outDir. */
export async function buildWebApp(outDir = defaultOutDir, { logLevel = "info" } = {}) {
  const { build } = await import("vite");
  await build({
    configFile: path.join(projectRoot, "vite.renderer.config.ts"),
    mode: "production",
    logLevel,
    build: { outDir, emptyOutDir: true },
  });
}

/** The file under outDir that a request path names, or null if it names none (or one outside). */
async function resolveFile(outDir, requestUrl) {
  let pathname;
  try {
    pathname = new URL(requestUrl, "http://localhost").pathname;
  } catch {
    return null;
  }
  const file = resolveAppFile(outDir, pathname);
  if (file === null) return null;
  try {
    const info = await stat(file);
    return info.isFile() ? { file, size: info.size } : null;
  } catch {
    return null;
  }
}

function sendText(res, status, text) {
  res.writeHead(status, { ...APP_RESPONSE_HEADERS, "Content-Type": "text/plain; charset=utf-8" });
  res.end(text);
}

/**
 * Serves outDir on http://host:port (port 0: a free one). Resolves with the listening server and the
 * port it got.
 */
export function startWebServer({ outDir = defaultOutDir, port = 5173, host = "localhost" } = {}) {
  const server = createServer((req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      sendText(res, 405, "Method Not Allowed");
      return;
    }
    resolveFile(outDir, req.url ?? "/").then(
      (found) => {
        if (!found) {
          sendText(res, 404, "Not Found");
          return;
        }
        res.writeHead(200, {
          ...APP_RESPONSE_HEADERS,
          "Content-Type": contentTypeOf(found.file),
          "Content-Length": String(found.size),
          "Cache-Control": "no-cache",
        });
        if (req.method === "HEAD") {
          res.end();
          return;
        }
        createReadStream(found.file)
          .on("error", () => res.destroy())
          .pipe(res);
      },
      () => sendText(res, 500, "Internal Server Error"),
    );
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === "object" && address ? address.port : port;
      resolve({ server, port: actualPort });
    });
  });
}
