/**
 * Turning a `.py` file's bytes into editor text, with the two refusals a learner can meet. Shared by
 * the main process (files opened through its dialogs) and the renderer (web mode's file picker), so
 * that both hosts accept and refuse exactly the same files. No imports: every side can read it.
 */

/**
 * Python files of a lesson are a few kilobytes; Monaco stays fluid well below this. The same limit
 * bounds what the renderer may hand the main process to save or autosave.
 */
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

/** Whether `text`, saved as UTF-8, stays within {@link MAX_SOURCE_BYTES}. */
export function fitsSourceLimit(text: string): boolean {
  // A UTF-16 unit takes at least one byte: a text longer than the limit need not be encoded.
  return text.length <= MAX_SOURCE_BYTES && new TextEncoder().encode(text).length <= MAX_SOURCE_BYTES;
}
