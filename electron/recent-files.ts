/**
 * The recent files list: at most ten absolute paths, the most recent first, without duplicates.
 * Pure functions; recent-files-store.ts keeps the list in the user's data folder.
 */
import path from "node:path";

import type { RecentFile } from "./ipc-contract.ts";
import { MAX_PATH_LENGTH } from "./ipc-validation.ts";

export const MAX_RECENT_FILES = 10;

/** The list with `file` first (moved there if it was already in it), cut to the limit. */
export function withRecentFile(list: readonly string[], file: string): string[] {
  return [file, ...list.filter((other) => other !== file)].slice(0, MAX_RECENT_FILES);
}

export function withoutRecentFile(list: readonly string[], file: string): string[] {
  return list.filter((other) => other !== file);
}

const isUsablePath = (value: unknown): value is string =>
  typeof value === "string" &&
  value.length > 0 &&
  value.length <= MAX_PATH_LENGTH &&
  !value.includes("\0") &&
  path.isAbsolute(value);

/** The list read back from its file (anything: old, edited, corrupt): its usable paths only. */
export function parseRecentFiles(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const list: string[] = [];
  for (const item of value) {
    if (isUsablePath(item) && !list.includes(item)) list.push(item);
  }
  return list.slice(0, MAX_RECENT_FILES);
}

export function describeRecentFiles(list: readonly string[]): RecentFile[] {
  return list.map((file) => ({ path: file, name: path.basename(file) }));
}
