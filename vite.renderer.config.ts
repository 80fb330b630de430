// The renderer (renderer/index.html), for Electron Forge (`npm start`: dev server; packaging:
// .vite/renderer/main_window) and for web mode (scripts/web.mjs builds it into dist/web).
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

import { APP_RESPONSE_HEADERS, contentTypeOf, DEV_RESPONSE_HEADERS } from "./electron/security.ts";
import { makePyodideSnapshot, PYODIDE_SNAPSHOT_FILE } from "./scripts/pyodide-snapshot.ts";

const fromRoot = (relative: string): string => fileURLToPath(new URL(relative, import.meta.url));
/** The files Pyodide loads at start-up, served from `pyodide/` beside the app (never from a CDN). */
const PYODIDE_FILES = ["pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json"];

function pyodideAssets(): Plugin {
  const pyodideDir = fromRoot("./node_modules/pyodide");
  // Made once per build or dev server, on first need (a few seconds).
  let snapshot: Promise<Uint8Array> | null = null;
  const pyodideSnapshot = () => (snapshot ??= makePyodideSnapshot());
  return {
    name: "traceur-pyodide-assets",
    configureServer(server) {
      server.middlewares.use("/pyodide", (req, res, next) => {
        const name = path.basename(new URL(req.url ?? "/", "http://localhost").pathname);
        if (name === PYODIDE_SNAPSHOT_FILE) {
          pyodideSnapshot().then(
            (bytes) => {
              res.setHeader("Content-Type", contentTypeOf(name));
              res.end(bytes);
            },
            (error: unknown) => next(error),
          );
          return;
        }
        if (!PYODIDE_FILES.includes(name)) return next();
        res.setHeader("Content-Type", contentTypeOf(name));
        res.end(readFileSync(path.join(pyodideDir, name)));
      });
    },
    async generateBundle() {
      for (const name of PYODIDE_FILES) {
        this.emitFile({
          type: "asset",
          fileName: `pyodide/${name}`,
          source: readFileSync(path.join(pyodideDir, name)),
        });
      }
      this.emitFile({
        type: "asset",
        fileName: `pyodide/${PYODIDE_SNAPSHOT_FILE}`,
        source: await pyodideSnapshot(),
      });
    },
  };
}

const pkg = JSON.parse(readFileSync(fromRoot("./package.json"), "utf8")) as { version: string };

export default defineConfig({
  root: fromRoot("./renderer"),
  // Relative asset URLs: the same build works from traceur://app/ and from http://localhost/.
  base: "./",
  plugins: [react(), pyodideAssets()],
  // Pyodide finds its own files at run time (pyodideAssets serves them): Vite must not pre-bundle it.
  optimizeDeps: { exclude: ["pyodide"] },
  define: {
    __APP_VERSION__: JSON.stringify(pkg.version),
  },
  build: {
    outDir: fromRoot("./.vite/renderer/main_window"),
    emptyOutDir: true,
    target: "es2023",
    // Monaco and Pyodide's loader are big by nature; they load once, from the app itself.
    chunkSizeWarningLimit: 4096,
  },
  worker: {
    format: "es",
  },
  // The dev server behind `npm start`: COOP/COEP, and a CSP relaxed for hot reload only.
  server: {
    headers: { ...DEV_RESPONSE_HEADERS },
  },
  // `vite preview` serves a production build: the app's own, strict headers.
  preview: {
    headers: { ...APP_RESPONSE_HEADERS },
  },
});
