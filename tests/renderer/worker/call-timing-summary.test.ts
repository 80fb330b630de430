import { describe, expect, it } from "vitest";

import type { CallTiming } from "../../../engine/observe/call-timings.ts";
import {
  CallTimingSummary,
  MAX_SAMPLES,
  RECENT_CALLS,
  median,
} from "../../../renderer/worker/call-timing-summary.ts";

const jit = (ms: number, traced: boolean): CallTiming => ({
  fn: "f",
  transforms: ["jit", "vmap"],
  ms,
  traced,
});
const vmap = (ms: number): CallTiming => ({ fn: "f", transforms: ["vmap"], ms, traced: null });

/** mulberry32: a small seeded generator, so that the sampled medians are the same on every run. */
function seededRandom(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("median", () => {
  it("is the middle value, or the mean of the two middle ones", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });
});

describe("CallTimingSummary", () => {
  it("groups calls by function, transformation chain and jit trace or hit, in first-call order", () => {
    const summary = new CallTimingSummary();
    expect(summary.isEmpty).toBe(true);
    for (const call of [
      vmap(9),
      vmap(3),
      vmap(5),
      jit(20, true),
      jit(2, false),
      jit(4, false),
      jit(3, false),
    ])
      summary.add(call);
    expect(summary.isEmpty).toBe(false);
    expect(summary.summary()).toEqual([
      {
        fn: "f",
        transforms: ["vmap"],
        traced: null,
        count: 3,
        firstMs: 9,
        medianMs: 5,
        minMs: 3,
        maxMs: 9,
        restMedianMs: 4,
        recentMs: [9, 3, 5],
      },
      {
        fn: "f",
        transforms: ["jit", "vmap"],
        traced: true,
        count: 1,
        firstMs: 20,
        medianMs: 20,
        minMs: 20,
        maxMs: 20,
        restMedianMs: null,
        recentMs: [20],
      },
      {
        fn: "f",
        transforms: ["jit", "vmap"],
        traced: false,
        count: 3,
        firstMs: 2,
        medianMs: 3,
        minMs: 2,
        maxMs: 4,
        restMedianMs: 3.5,
        recentMs: [2, 4, 3],
      },
    ]);
    summary.clear();
    expect(summary.summary()).toEqual([]);
  });

  it("stays bounded over a long loop: the last calls for the chart, a uniform sample for the median", () => {
    const summary = new CallTimingSummary(seededRandom(7));
    // 100,000 slow calls, then 150,000 fast ones: the median of all of them is the fast time.
    for (let i = 0; i < MAX_SAMPLES; i++) summary.add(vmap(5));
    for (let i = 0; i < 150_000; i++) summary.add(vmap(i === 0 ? 0.5 : 1));
    const [group] = summary.summary();
    expect(group.count).toBe(250_000);
    expect(group.recentMs).toEqual(Array<number>(RECENT_CALLS).fill(1));
    expect(group.minMs).toBe(0.5);
    expect(group.maxMs).toBe(5);
    expect(group.medianMs).toBe(1);
    expect(group.restMedianMs).toBe(1);
    expect(JSON.stringify(group).length).toBeLessThan(2000);
  });
});
