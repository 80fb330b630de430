/**
 * The console's text: the tail of what runs printed, as lines tagged with their stream. Keeps at most
 * `maxLines` lines (and counts those it dropped), so a million prints never slow the page down.
 */
import type { OutputStream } from "../worker/protocol.ts";

export interface OutputLine {
  readonly stream: OutputStream;
  readonly text: string;
}

export class OutputLog {
  private readonly maxLines: number;
  private complete: OutputLine[] = [];
  /** The last line while it has no newline yet. */
  private open: OutputLine | null = null;
  private droppedCount = 0;
  /** Bumped on every change, for React to notice. */
  version = 0;

  constructor(maxLines = 5000) {
    this.maxLines = maxLines;
  }

  append(stream: OutputStream, text: string): void {
    if (text === "") return;
    const parts = text.split("\n");
    parts.forEach((part, i) => {
      const isLast = i === parts.length - 1;
      if (this.open && this.open.stream === stream) {
        this.open = { stream, text: this.open.text + part };
      } else {
        if (this.open) this.complete.push(this.open);
        this.open = { stream, text: part };
      }
      if (!isLast) {
        this.complete.push(this.open);
        this.open = null;
      }
    });
    if (this.open && this.open.text === "") this.open = null;
    this.trim();
    this.version++;
  }

  clear(): void {
    this.complete = [];
    this.open = null;
    this.droppedCount = 0;
    this.version++;
  }

  get lines(): readonly OutputLine[] {
    return this.open ? [...this.complete, this.open] : this.complete;
  }

  get dropped(): number {
    return this.droppedCount;
  }

  /** All kept text, as it was printed. */
  text(stream?: OutputStream): string {
    return this.lines
      .filter((l) => stream === undefined || l.stream === stream)
      .map((l) => l.text)
      .join("\n");
  }

  private trim(): void {
    // Trim in batches so that each append stays cheap.
    if (this.complete.length <= this.maxLines + this.maxLines / 4) return;
    const excess = this.complete.length - this.maxLines;
    this.complete = this.complete.slice(excess);
    this.droppedCount += excess;
  }
}
