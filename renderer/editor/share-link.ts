/** Share links: `#code=<base64url of the UTF-8 source>` opens the app with that code in the editor. */

const PREFIX = "code=";

export function encodeShareFragment(source: string): string {
  const bytes = new TextEncoder().encode(source);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  const base64url = btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
  return `#${PREFIX}${base64url}`;
}

/** The source a URL fragment (`#code=...`, with or without `#`) carries, or null if it carries none. */
export function decodeShareFragment(fragment: string): string | null {
  const body = fragment.startsWith("#") ? fragment.slice(1) : fragment;
  if (!body.startsWith(PREFIX)) return null;
  const base64 = body.slice(PREFIX.length).replaceAll("-", "+").replaceAll("_", "/");
  try {
    const binary = atob(base64 + "=".repeat((4 - (base64.length % 4)) % 4));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
