/**
 * Sums up the engine's call log (engine/observe/call-timings.ts) per function, transformation chain and
 * jit trace-or-hit, so that the UI gets a few groups however many calls the code makes.
 */
import type { CallTiming } from "../../engine/observe/call-timings.ts";
import type { TimingGroup } from "./protocol.ts";

/** How many of the latest calls each group keeps for the chart. */
export const RECENT_CALLS = 60;
/** Beyond this many calls, a group keeps a uniform random sample of them for its medians. */
export const MAX_SAMPLES = 100_000;

class Group {
  readonly fn: string;
  readonly transforms: readonly string[];
  readonly traced: boolean | null;
  readonly firstMs: number;
  count = 1;
  minMs: number;
  maxMs: number;
  /** The calls after the first (all of them, or a uniform sample beyond MAX_SAMPLES). */
  private readonly rest: number[] = [];
  private readonly recent: number[];
  private readonly random: () => number;

  constructor(call: CallTiming, random: () => number) {
    this.fn = call.fn;
    this.transforms = call.transforms;
    this.traced = call.traced;
    this.firstMs = this.minMs = this.maxMs = call.ms;
    this.recent = [call.ms];
    this.random = random;
  }

  add(ms: number): void {
    this.count++;
    this.minMs = Math.min(this.minMs, ms);
    this.maxMs = Math.max(this.maxMs, ms);
    this.recent.push(ms);
    if (this.recent.length > RECENT_CALLS) this.recent.shift();
    const seen = this.count - 1;
    if (this.rest.length < MAX_SAMPLES) this.rest.push(ms);
    else {
      // Reservoir sampling: each of the `seen` calls stays in the sample with the same probability.
      const slot = Math.floor(this.random() * seen);
      if (slot < MAX_SAMPLES) this.rest[slot] = ms;
    }
  }

  summary(): TimingGroup {
    return {
      fn: this.fn,
      transforms: this.transforms,
      traced: this.traced,
      count: this.count,
      firstMs: this.firstMs,
      medianMs: median([this.firstMs, ...this.rest]),
      minMs: this.minMs,
      maxMs: this.maxMs,
      restMedianMs: this.rest.length > 0 ? median(this.rest) : null,
      recentMs: [...this.recent],
    };
  }
}

/** The median as Python's statistics.median computes it (the mean of the two middle values). */
export function median(values: readonly number[]): number {
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export class CallTimingSummary {
  private readonly groups = new Map<string, Group>();
  private readonly random: () => number;

  constructor(random: () => number = Math.random) {
    this.random = random;
  }

  get isEmpty(): boolean {
    return this.groups.size === 0;
  }

  add(call: CallTiming): void {
    const key = JSON.stringify([call.fn, call.transforms, call.traced]);
    const group = this.groups.get(key);
    if (group) group.add(call.ms);
    else this.groups.set(key, new Group(call, this.random));
  }

  /** The groups in the order of their first call. */
  summary(): TimingGroup[] {
    return [...this.groups.values()].map((g) => g.summary());
  }

  clear(): void {
    this.groups.clear();
  }
}
