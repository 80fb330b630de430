// The renderer (renderer/index.html), for Electron Forge (`npm start`: dev server; packaging:
// .vite/renderer/main_window) and for web mode (scripts/web.mjs builds it into dist/web).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

import { APP_RESPONSE_HEADERS, DEV_RESPONSE_HEADERS } from "./electron/security.ts";

const fromRoot = (relative: string): string => fileURLToPath(new URL(relative, import.meta.url));
const pkg = JSON.parse(readFileSync(fromRoot("./package.json"), "utf8")) as { version: string };

export default defineConfig({
  root: fromRoot("./renderer"),
  // Relative asset URLs: the same build works from traceur://app/ and from http://localhost/.
  base: "./",
  plugins: [react()],
  define: {
    __APP_VERSION__: JSON.stringify(pkg.version),
  },
  build: {
    outDir: fromRoot("./.vite/renderer/main_window"),
    emptyOutDir: true,
    target: "es2023",
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
