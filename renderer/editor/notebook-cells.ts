/**
 * Notebook cells in the Monaco editor: reads the `# %%` cells as the learner types (keeping each
 * cell's identity, so its output stays with it), marks the cell under the cursor, and holds the view
 * zones the UI draws into: a header above each cell (its run button) and an output below it.
 * Zones exist only in a notebook (a file with `# %%` lines); React renders their content (portals).
 */
import { carryCellIds } from "../cells/cell-ids.ts";
import { cellAtLine, hasCellMarkers, splitCells, type Cell } from "../cells/split-cells.ts";
import { monaco } from "./monaco.ts";

export interface NotebookCell extends Cell {
  readonly id: string;
}

/** The elements the UI renders into, by cell id. */
export interface CellZoneHosts {
  readonly headers: ReadonlyMap<string, HTMLElement>;
  readonly outputs: ReadonlyMap<string, HTMLElement>;
}

export interface NotebookCellsListener {
  /** The cells changed: one added or removed, their lines moved, or a title. */
  onCellsChanged(cells: readonly NotebookCell[]): void;
  onZonesChanged(hosts: CellZoneHosts): void;
}

interface Zone {
  readonly zone: monaco.editor.IViewZone;
  readonly content: HTMLElement;
  id: string;
}

const HEADER_HEIGHT = 30;
/**
 * An output zone's height until its content is measured: never 0, as Monaco does not show a zone of
 * no height, and the content of a zone it does not show cannot be measured.
 */
const OUTPUT_FIRST_HEIGHT = 38;
/** Below a cell: its output first, then the next cell's header. */
const OUTPUT_ORDINAL = 1;
const HEADER_ORDINAL = 2;

export class NotebookCells {
  private readonly editor: monaco.editor.IStandaloneCodeEditor;
  private readonly listener: NotebookCellsListener;
  /** One decoration on each cell's first line: the editor moves it as lines come and go. */
  private readonly starts: monaco.editor.IEditorDecorationsCollection;
  private readonly looks: monaco.editor.IEditorDecorationsCollection;
  private readonly headerZones = new Map<string, Zone>();
  private readonly outputZones = new Map<string, Zone>();
  private readonly resizes: ResizeObserver;
  private readonly subscriptions: monaco.IDisposable[];
  private cells: NotebookCell[] = [];
  private outputIds: ReadonlySet<string> = new Set();
  private nextId = 1;

  constructor(editor: monaco.editor.IStandaloneCodeEditor, listener: NotebookCellsListener) {
    this.editor = editor;
    this.listener = listener;
    this.starts = editor.createDecorationsCollection();
    this.looks = editor.createDecorationsCollection();
    this.resizes = new ResizeObserver(() => this.fitOutputHeights());
    // Monaco hides its zones from screen readers; ours hold buttons and output to be read.
    editor.getDomNode()?.querySelector(".view-zones")?.removeAttribute("aria-hidden");
    this.subscriptions = [
      editor.onDidChangeModelContent(() => this.refresh()),
      editor.onDidChangeModel(() => this.refresh()),
      editor.onDidChangeCursorPosition(() => this.decorate()),
      editor.onDidLayoutChange(() => this.fitWidths()),
    ];
    this.refresh();
  }

  get all(): readonly NotebookCell[] {
    return this.cells;
  }

  /** Whether the file is a notebook (it has `# %%` lines). */
  get isNotebook(): boolean {
    return hasCellMarkers(this.cells);
  }

  /** The cell under the cursor. */
  current(): NotebookCell | null {
    const line = this.editor.getPosition()?.lineNumber ?? 1;
    return (cellAtLine(this.cells, line) as NotebookCell | null) ?? null;
  }

  /** Puts the cursor at the start of the code of the cell after `cellId` (Shift+Enter, as Jupyter). */
  moveBelow(cellId: string): void {
    const index = this.cells.findIndex((c) => c.id === cellId);
    const next = this.cells[index + 1];
    if (!next) return;
    const line = next.hasMarker && next.endLine > next.startLine ? next.startLine + 1 : next.startLine;
    this.editor.setPosition({ lineNumber: line, column: 1 });
    this.editor.revealLineInCenterIfOutsideViewport(line);
  }

  /** Another file replaced the text: its cells are new ones (no output of the old file's cells stays). */
  renew(): void {
    this.cells = [];
    this.refresh();
  }

  /** The cells whose output is to be shown below them. */
  setOutputCells(ids: ReadonlySet<string>): void {
    this.outputIds = ids;
    this.syncZones();
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.resizes.disconnect();
    this.editor.changeViewZones((zones) => {
      for (const z of [...this.headerZones.values(), ...this.outputZones.values()]) zones.removeZone(z.id);
    });
    this.starts.clear();
    this.looks.clear();
  }

  private refresh(): void {
    const model = this.editor.getModel();
    if (!model) return;
    const split = splitCells(model.getValue());
    const tracked = this.cells.map((cell, i) => ({
      id: cell.id,
      line: this.starts.getRange(i)?.startLineNumber ?? cell.startLine,
    }));
    const ids = carryCellIds(tracked, split, () => `cell-${this.nextId++}`);
    const previous = this.cells;
    this.cells = split.map((cell, i) => ({ ...cell, id: ids[i] }));
    this.starts.set(
      this.cells.map((cell) => ({
        range: new monaco.Range(cell.startLine, 1, cell.startLine, model.getLineMaxColumn(cell.startLine)),
        options: { stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges },
      })),
    );
    this.decorate();
    this.syncZones();
    const changed =
      previous.length !== this.cells.length || previous.some((p, i) => !sameLook(p, this.cells[i]));
    if (changed) this.listener.onCellsChanged(this.cells);
  }

  /** The marker lines, and the cell under the cursor softly highlighted with a bar in the margin. */
  private decorate(): void {
    if (!this.isNotebook) {
      this.looks.clear();
      return;
    }
    const decorations: monaco.editor.IModelDeltaDecoration[] = this.cells
      .filter((c) => c.hasMarker)
      .map((c) => ({
        range: new monaco.Range(c.startLine, 1, c.startLine, 1),
        options: { isWholeLine: true, className: "cell-marker-line" },
      }));
    const current = this.current();
    if (current) {
      decorations.push({
        range: new monaco.Range(current.startLine, 1, current.endLine, 1),
        options: {
          isWholeLine: true,
          className: "cell-current",
          linesDecorationsClassName: "cell-current-bar",
        },
      });
    }
    this.looks.set(decorations);
  }

  private syncZones(): void {
    const notebook = this.isNotebook;
    const headers = new Map(notebook ? this.cells.map((c) => [c.id, c.startLine - 1] as const) : []);
    const outputs = new Map(
      notebook
        ? this.cells.filter((c) => this.outputIds.has(c.id)).map((c) => [c.id, c.lastCodeLine] as const)
        : [],
    );
    let changed = false;
    this.editor.changeViewZones((accessor) => {
      changed =
        syncZoneSet(accessor, this.headerZones, headers, HEADER_ORDINAL, () => HEADER_HEIGHT) || changed;
      changed =
        syncZoneSet(accessor, this.outputZones, outputs, OUTPUT_ORDINAL, (content) => {
          this.resizes.observe(content);
          return OUTPUT_FIRST_HEIGHT;
        }) || changed;
    });
    if (changed) {
      this.fitWidths();
      const hostsOf = (zones: Map<string, Zone>) => new Map([...zones].map(([id, z]) => [id, z.content]));
      this.listener.onZonesChanged({
        headers: hostsOf(this.headerZones),
        outputs: hostsOf(this.outputZones),
      });
    }
  }

  /** Zones as wide as the visible text area (Monaco makes them as wide as the longest line). */
  private fitWidths(): void {
    const layout = this.editor.getLayoutInfo();
    const width = `${Math.max(0, layout.contentWidth - layout.verticalScrollbarWidth)}px`;
    for (const z of [...this.headerZones.values(), ...this.outputZones.values()])
      z.zone.domNode.style.width = width;
  }

  private fitOutputHeights(): void {
    this.editor.changeViewZones((accessor) => {
      for (const z of this.outputZones.values()) {
        const height = z.content.offsetHeight;
        // 0 while Monaco hides the zone (out of view): its content has not shrunk.
        if (height > 0 && height !== z.zone.heightInPx) {
          z.zone.heightInPx = height;
          accessor.layoutZone(z.id);
        }
      }
    });
  }
}

/** Whether two cells look the same to the UI (their code may differ). */
function sameLook(a: NotebookCell, b: NotebookCell): boolean {
  return (
    a.id === b.id &&
    a.startLine === b.startLine &&
    a.lastCodeLine === b.lastCodeLine &&
    a.title === b.title &&
    a.kind === b.kind
  );
}

/**
 * Makes `zones` hold one zone per wanted cell, after the wanted line; returns whether a zone came or
 * went (the UI then renders into the new set of elements).
 */
function syncZoneSet(
  accessor: monaco.editor.IViewZoneChangeAccessor,
  zones: Map<string, Zone>,
  wanted: ReadonlyMap<string, number>,
  ordinal: number,
  heightOf: (content: HTMLElement) => number,
): boolean {
  let changed = false;
  for (const [cellId, z] of zones) {
    if (wanted.has(cellId)) continue;
    accessor.removeZone(z.id);
    zones.delete(cellId);
    changed = true;
  }
  for (const [cellId, afterLineNumber] of wanted) {
    const existing = zones.get(cellId);
    if (existing) {
      // Set even when unchanged: the editor may have moved the zone with an edit, this line is the truth.
      existing.zone.afterLineNumber = afterLineNumber;
      accessor.layoutZone(existing.id);
      continue;
    }
    const domNode = document.createElement("div");
    domNode.className = "cell-zone";
    // The zone's buttons and text are the UI's, not the editor's: keep Monaco from taking its clicks.
    for (const type of ["mousedown", "pointerdown"])
      domNode.addEventListener(type, (e) => e.stopPropagation());
    const content = document.createElement("div");
    domNode.append(content);
    const zone: monaco.editor.IViewZone = {
      afterLineNumber,
      ordinal,
      domNode,
      heightInPx: heightOf(content),
    };
    zones.set(cellId, { zone, content, id: accessor.addZone(zone) });
    changed = true;
  }
  return changed;
}
