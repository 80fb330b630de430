/**
 * Notebook cells in a Python file, as VS Code's "Python Interactive" and Jupytext's percent format
 * read them: a line starting with `# %%` begins a cell; what follows the marker is its title, and
 * `[markdown]` makes it a Markdown cell (text, not run). A file without markers is one cell.
 */

export type CellKind = "code" | "markdown";

export interface Cell {
  /** Its position among the file's cells, from 0. */
  readonly index: number;
  readonly kind: CellKind;
  /** The text after `# %%` (without a `[markdown]` tag), or "" . */
  readonly title: string;
  /** Whether it begins with a `# %%` line (the code above the first marker has none). */
  readonly hasMarker: boolean;
  /** Its first line in the file (1-based): the marker line, when it has one. */
  readonly startLine: number;
  /** Its last line in the file (the line before the next marker, or the file's last line). */
  readonly endLine: number;
  /** Its last line that is not blank (its marker line when it is empty): where its output goes. */
  readonly lastCodeLine: number;
  /** Its lines, joined with "\n", from `startLine` to `endLine`. */
  readonly code: string;
}

const MARKER = /^#\s*%%/;
const MARKDOWN_TAG = /^\[(markdown|md)\]/i;

export function isCellMarker(line: string): boolean {
  return MARKER.test(line);
}

/** The file's cells, in order; the code before the first marker is a cell only when it holds something. */
export function splitCells(source: string): Cell[] {
  const lines = source.split(/\r?\n/);
  const starts: number[] = [];
  lines.forEach((line, i) => {
    if (isCellMarker(line)) starts.push(i);
  });
  if (starts.length === 0 || (starts[0] > 0 && lines.slice(0, starts[0]).some((l) => l.trim() !== ""))) {
    starts.unshift(0);
  }
  return starts.map((start, index) => {
    const end = (starts[index + 1] ?? lines.length) - 1;
    const cellLines = lines.slice(start, end + 1);
    const header = isCellMarker(cellLines[0]) ? cellLines[0].replace(MARKER, "").trim() : null;
    const markdown = header !== null && MARKDOWN_TAG.test(header);
    let last = end;
    while (last > start && lines[last].trim() === "") last--;
    return {
      index,
      kind: markdown ? "markdown" : "code",
      title: header === null ? "" : header.replace(MARKDOWN_TAG, "").trim(),
      hasMarker: header !== null,
      startLine: start + 1,
      endLine: end + 1,
      lastCodeLine: last + 1,
      code: cellLines.join("\n"),
    };
  });
}

/** The cell that holds a line (1-based); lines above the first cell belong to it. */
export function cellAtLine(cells: readonly Cell[], line: number): Cell | null {
  let found: Cell | null = cells[0] ?? null;
  for (const cell of cells) if (cell.startLine <= line) found = cell;
  return found;
}

/** Whether a file is written as a notebook: it has at least one `# %%` line. */
export function hasCellMarkers(cells: readonly Cell[]): boolean {
  return cells.some((c) => c.hasMarker);
}
