/** What the learner reads about the document: the window's title, and why a file did not open or save. */
import type { TFunction } from "i18next";

import type { OpenResult, SaveResult } from "../../electron/ipc-contract.ts";
import { MAX_SOURCE_BYTES } from "../../electron/source-text.ts";

/** "• lesson.py — Traceur" while modified; "Traceur" for an untitled document (it is autosaved). */
export function documentTitle(fileName: string | null, modified: boolean): string {
  if (fileName === null) return "Traceur";
  return `${modified ? "• " : ""}${fileName} — Traceur`;
}

const megabytes = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);

/** The notice for a file that was not opened; null when it opened or the learner cancelled. */
export function openNotice(result: OpenResult, t: TFunction): string | null {
  if (result.kind !== "refused") return null;
  switch (result.reason) {
    case "not-utf8":
      return t("file.notUtf8");
    case "too-big":
      return t("file.tooBig", { size: megabytes(result.sizeBytes), max: megabytes(MAX_SOURCE_BYTES) });
    case "missing":
      return t("file.missing", { name: result.name });
    case "unreadable":
      return t("file.unreadable", { name: result.name, message: result.message });
  }
}

/** Why a text over the size limit is not saved (it could not be opened again). */
export function tooBigToSaveNotice(text: string, t: TFunction): string {
  const size = megabytes(new TextEncoder().encode(text).length);
  return t("file.tooBigToSave", { size, max: megabytes(MAX_SOURCE_BYTES) });
}

/** The notice after a save: the file's name, or why it failed; null when the learner cancelled. */
export function saveNotice(result: SaveResult, t: TFunction): string | null {
  switch (result.kind) {
    case "saved":
      return t("file.saved", { name: result.name });
    case "failed":
      return t("file.saveFailed", { message: result.message });
    case "cancelled":
      return null;
  }
}
