/** Turning a file's bytes into editor text, with the two refusals a learner can meet. */

/** Python files of a lesson are a few kilobytes; Monaco stays fluid well below this. */
export const MAX_SOURCE_BYTES = 2 * 1024 * 1024;

export type DecodedSource =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly reason: "not-utf8" }
  | { readonly ok: false; readonly reason: "too-big"; readonly sizeBytes: number };

export function decodeSource(bytes: Uint8Array): DecodedSource {
  if (bytes.length > MAX_SOURCE_BYTES) return { ok: false, reason: "too-big", sizeBytes: bytes.length };
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text: text.replaceAll("\r\n", "\n") };
  } catch {
    return { ok: false, reason: "not-utf8" };
  }
}
