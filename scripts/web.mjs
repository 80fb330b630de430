#!/usr/bin/env node
// Web mode: builds the renderer with Vite (the same config as the desktop app) into dist/web, then
// serves it on http://localhost:$PORT (default 5173) with the app's headers: cross-origin isolation
// (COOP/COEP, for SharedArrayBuffer) and its Content-Security-Policy, as the desktop app's scheme does.
//
//   npm run web                 build, then serve
//   PORT=8080 npm run web       another port
//   npm run web -- --no-build   serve the last build as it is
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { resolveAppFile } from "../electron/app-files.ts";
import { APP_RESPONSE_HEADERS, contentTypeOf } from "../electron/security.ts";

const projectRoot = fileURLToPath(new URL("..", import.meta.url));
const outDir = path.join(projectRoot, "dist", "web");
const port = Number.parseInt(process.env.PORT ?? "5173", 10);
const host = "localhost";

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT invalide : ${process.env.PORT}`);
  process.exit(1);
}

if (!process.argv.includes("--no-build")) {
  const { build } = await import("vite");
  await build({
    configFile: path.join(projectRoot, "vite.renderer.config.ts"),
    mode: "production",
    build: { outDir, emptyOutDir: true },
  });
}

/** The file under outDir that a request path names, or null if it names none (or one outside). */
async function resolveFile(requestUrl) {
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

const server = createServer((req, res) => {
  if (req.method !== "GET" && req.method !== "HEAD") {
    sendText(res, 405, "Method Not Allowed");
    return;
  }
  resolveFile(req.url ?? "/").then(
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

server.on("error", (error) => {
  console.error(`Traceur (web) n'a pas pu écouter sur ${host}:${port} :`, error.message);
  process.exit(1);
});

server.listen(port, host, () => {
  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  console.log(`Traceur (web) : http://localhost:${actualPort}/`);
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close();
    process.exit(0);
  });
}
