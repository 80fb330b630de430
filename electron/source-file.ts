/** Reading a `.py` file for the editor, with the refusals of source-text.ts and the file system's own. */
import { open } from "node:fs/promises";

import type { OpenRefusal } from "./ipc-contract.ts";
import { decodeSource, MAX_SOURCE_BYTES } from "./source-text.ts";

export type SourceFileContent =
  { readonly ok: true; readonly text: string } | ({ readonly ok: false } & OpenRefusal);

function errorCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error ? String(error.code) : undefined;
}

function unreadable(error: unknown): SourceFileContent {
  return { ok: false, reason: "unreadable", message: error instanceof Error ? error.message : String(error) };
}

/**
 * The text of the file at `file`. Its size is checked before it is read, so that a huge file is
 * refused without being loaded.
 */
export async function readSourceFile(file: string): Promise<SourceFileContent> {
  let handle;
  try {
    handle = await open(file, "r");
  } catch (error) {
    const code = errorCode(error);
    return code === "ENOENT" || code === "ENOTDIR" ? { ok: false, reason: "missing" } : unreadable(error);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return unreadable(new Error(`${file} n'est pas un fichier`));
    if (info.size > MAX_SOURCE_BYTES) return { ok: false, reason: "too-big", sizeBytes: info.size };
    return decodeSource(await handle.readFile());
  } catch (error) {
    return unreadable(error);
  } finally {
    await handle.close();
  }
}
