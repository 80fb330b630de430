/**
 * Coalesces the many small writes of running code into fewer messages. The worker cannot use timers
 * while Python runs (its event loop is busy), so each write checks the clock itself.
 */
import type { OutputStream } from "./protocol.ts";

export interface OutputChunk {
  readonly stream: OutputStream;
  readonly text: string;
}

export interface OutputBatcherOptions {
  /** Receives each batch, in order. */
  readonly send: (chunk: OutputChunk) => void;
  readonly now?: () => number;
  /** Send at least this often while output keeps coming (ms). */
  readonly intervalMs?: number;
  /** Keep at most this many pending characters: older ones are dropped (the console keeps the tail). */
  readonly maxPendingChars?: number;
}

export class OutputBatcher {
  private readonly send: (chunk: OutputChunk) => void;
  private readonly now: () => number;
  private readonly intervalMs: number;
  private readonly maxPendingChars: number;
  private stream: OutputStream = "stdout";
  private pending: string[] = [];
  private pendingChars = 0;
  private lastSent = 0;

  constructor(options: OutputBatcherOptions) {
    this.send = options.send;
    this.now = options.now ?? (() => performance.now());
    this.intervalMs = options.intervalMs ?? 50;
    this.maxPendingChars = options.maxPendingChars ?? 1_000_000;
    this.lastSent = this.now();
  }

  write(stream: OutputStream, text: string): void {
    if (stream !== this.stream) {
      this.flush();
      this.stream = stream;
    }
    this.pending.push(text);
    this.pendingChars += text.length;
    if (this.pendingChars > this.maxPendingChars) this.keepTail();
    if (this.now() - this.lastSent >= this.intervalMs) this.flush();
  }

  /** Sends what is pending now. */
  flush(): void {
    // Only a send restarts the interval: the first write after a quiet spell goes out at once.
    if (this.pendingChars === 0) return;
    this.lastSent = this.now();
    const text = this.pending.join("");
    this.pending = [];
    this.pendingChars = 0;
    this.send({ stream: this.stream, text });
  }

  private keepTail(): void {
    const text = this.pending.join("");
    const tail = text.slice(text.length - this.maxPendingChars);
    this.pending = [tail];
    this.pendingChars = tail.length;
  }
}
