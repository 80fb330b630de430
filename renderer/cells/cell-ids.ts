/**
 * Cells keep their identity while the learner edits, so that each keeps its output: as long as the
 * file has as many cells as before, the n-th cell stays the n-th; when a marker is added or removed,
 * a cell keeps its id if its first line is where the editor moved its old first line to.
 */
import type { Cell } from "./split-cells.ts";

export interface TrackedCell {
  readonly id: string;
  /** Where the cell's first line is now, after the edit (the editor tracks it). */
  readonly line: number;
}

export function carryCellIds(
  previous: readonly TrackedCell[],
  next: readonly Cell[],
  newId: () => string,
): string[] {
  if (previous.length === next.length) return previous.map((p) => p.id);
  const byLine = new Map<number, string>();
  for (const p of previous) if (!byLine.has(p.line)) byLine.set(p.line, p.id);
  return next.map((cell) => byLine.get(cell.startLine) ?? newId());
}
