/**
 * Maps a request's URL path to a file of the built renderer, for the desktop app's scheme handler
 * (main.ts) and web mode's server (scripts/web.mjs) alike. Never resolves outside the root.
 */
import path from "node:path";

/**
 * The absolute path of the file under `root` that the URL path `urlPathname` (still percent-encoded,
 * as in `URL.pathname`) names, with `index.html` for a path ending in `/`; or null when the path is
 * malformed or leads outside `root`. Whether the file exists is the caller's business.
 */
export function resolveAppFile(root: string, urlPathname: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(urlPathname);
  } catch {
    return null;
  }
  if (!pathname.startsWith("/") || pathname.includes("\0") || pathname.includes("\\")) return null;
  if (pathname.endsWith("/")) pathname += "index.html";
  const base = path.resolve(root);
  const file = path.resolve(base, `.${pathname}`);
  const inside = path.relative(base, file);
  if (inside === "" || inside.startsWith("..") || path.isAbsolute(inside)) return null;
  return file;
}
