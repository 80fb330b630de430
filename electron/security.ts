/**
 * The HTTP headers every page, worker, script and wasm module of the app is served with, in the
 * desktop app (the custom scheme), in web mode (scripts/web.mjs) and from the Vite dev server.
 *
 * Cross-origin isolation (COOP + COEP) gives the renderer SharedArrayBuffer, which Pyodide's
 * interrupt buffer needs (the Stop button). The Content-Security-Policy follows Electron's security
 * checklist: scripts only from the app itself, plus `'wasm-unsafe-eval'` so that WebAssembly
 * (Pyodide) can be compiled; no `'unsafe-eval'`, no remote origins.
 *
 * This module has no imports: the main process, the Vite configs and scripts/web.mjs (through
 * Node's type stripping) all read it.
 */

/** Cross-origin isolation: required for SharedArrayBuffer. */
export const CROSS_ORIGIN_ISOLATION_HEADERS: Readonly<Record<string, string>> = {
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Embedder-Policy": "require-corp",
  "Cross-Origin-Resource-Policy": "same-origin",
};

function policy(directives: Readonly<Record<string, readonly string[]>>): string {
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}

const BASE_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  "default-src": ["'self'"],
  "script-src": ["'self'", "'wasm-unsafe-eval'"],
  "worker-src": ["'self'"],
  // Inline styles are allowed (React style attributes, Monaco's injected stylesheets); scripts are not.
  "style-src": ["'self'", "'unsafe-inline'"],
  "img-src": ["'self'", "data:", "blob:"],
  "font-src": ["'self'", "data:"],
  "connect-src": ["'self'"],
  "object-src": ["'none'"],
  "base-uri": ["'none'"],
  "form-action": ["'none'"],
  "frame-ancestors": ["'none'"],
};

/** The policy of the built app (desktop and web mode). */
export const CONTENT_SECURITY_POLICY: string = policy(BASE_DIRECTIVES);

/**
 * The policy of the Vite dev server behind `npm start` only: React Fast Refresh injects one inline
 * module script, and hot reload talks over a WebSocket. Never used for a built app.
 */
export const DEV_CONTENT_SECURITY_POLICY: string = policy({
  ...BASE_DIRECTIVES,
  "script-src": ["'self'", "'wasm-unsafe-eval'", "'unsafe-inline'"],
  "connect-src": ["'self'", "ws://localhost:*", "ws://127.0.0.1:*"],
});

/** All headers of the built app's responses. */
export const APP_RESPONSE_HEADERS: Readonly<Record<string, string>> = {
  ...CROSS_ORIGIN_ISOLATION_HEADERS,
  "Content-Security-Policy": CONTENT_SECURITY_POLICY,
  "X-Content-Type-Options": "nosniff",
};

/** All headers of the dev server's responses. */
export const DEV_RESPONSE_HEADERS: Readonly<Record<string, string>> = {
  ...CROSS_ORIGIN_ISOLATION_HEADERS,
  "Content-Security-Policy": DEV_CONTENT_SECURITY_POLICY,
};

/** Content types by file extension, for the files the app serves itself (the desktop scheme, web mode). */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".cjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".txt": "text/plain; charset=utf-8",
  ".py": "text/plain; charset=utf-8",
  ".zip": "application/zip",
  ".whl": "application/zip",
  ".tar": "application/x-tar",
};

/** The content type of a file, by its extension; `application/octet-stream` when unknown. */
export function contentTypeOf(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  const ext = dot >= 0 ? fileName.slice(dot).toLowerCase() : "";
  return CONTENT_TYPES[ext] ?? "application/octet-stream";
}
