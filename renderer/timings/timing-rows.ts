/**
 * The timing panel's rows: one per function and transformation chain, built from the worker's groups
 * (protocol.ts). For jit, the calls that traced and compiled and the cache hits are one row: its first call
 * is the first compilation, and its median is the hits' (what jit buys once compiled).
 */
import type { TimingGroup } from "../worker/protocol.ts";

export interface TimingRow {
  /** `jit(vmap(myfunc))`: the chain as the learner wrote it. */
  readonly label: string;
  readonly fn: string;
  readonly transforms: readonly string[];
  readonly calls: number;
  readonly firstMs: number;
  /** jit: whether the first call traced and compiled (the cache could already hold the function's jaxpr). */
  readonly firstCompiled: boolean;
  /** jit: how many calls traced and compiled (a new signature traces again); 0 otherwise. */
  readonly compilations: number;
  /** The median of the calls after the first one (jit: of the cache hits); null if there were none. */
  readonly medianMs: number | null;
  /** The last calls after the first (jit: cache hits), oldest first. */
  readonly recentMs: readonly number[];
  /** How many times faster than the same chain without its outer jit, when the code called both. */
  readonly speedup: number | null;
}

export function chainLabel(fn: string, transforms: readonly string[]): string {
  return transforms.reduceRight((inner, t) => `${t}(${inner})`, fn);
}

function rowOf(label: string, groups: readonly TimingGroup[]): Omit<TimingRow, "speedup"> {
  const { fn, transforms } = groups[0];
  const traced = groups.find((g) => g.traced === true);
  const hits = groups.find((g) => g.traced === false);
  const plain = groups.find((g) => g.traced === null);
  const calls = groups.reduce((n, g) => n + g.count, 0);
  const common = { label, fn, transforms, calls };
  if (plain) {
    const after = plain.recentMs.slice(plain.count <= plain.recentMs.length ? 1 : 0);
    return {
      ...common,
      firstMs: plain.firstMs,
      firstCompiled: false,
      compilations: 0,
      medianMs: plain.restMedianMs,
      recentMs: after,
    };
  }
  if (traced) {
    return {
      ...common,
      firstMs: traced.firstMs,
      firstCompiled: true,
      compilations: traced.count,
      medianMs: hits?.medianMs ?? null,
      recentMs: hits?.recentMs ?? [],
    };
  }
  // Only cache hits: another jit of the same function had traced it already.
  const only = hits ?? groups[0];
  return {
    ...common,
    firstMs: only.firstMs,
    firstCompiled: false,
    compilations: 0,
    medianMs: only.restMedianMs,
    recentMs: only.recentMs.slice(only.count <= only.recentMs.length ? 1 : 0),
  };
}

/** One row per function and chain, in the order of their first call. */
export function timingRows(groups: readonly TimingGroup[]): TimingRow[] {
  const byLabel = new Map<string, TimingGroup[]>();
  for (const group of groups) {
    const label = chainLabel(group.fn, group.transforms);
    const list = byLabel.get(label);
    if (list) list.push(group);
    else byLabel.set(label, [group]);
  }
  const rows = [...byLabel].map(([label, list]) => rowOf(label, list));
  const medians = new Map(rows.map((r) => [r.label, r.medianMs]));
  return rows.map((row) => {
    const withoutJit = row.transforms[0] === "jit" ? chainLabel(row.fn, row.transforms.slice(1)) : null;
    const eager = withoutJit !== null ? medians.get(withoutJit) : undefined;
    const speedup = eager != null && row.medianMs !== null && row.medianMs > 0 ? eager / row.medianMs : null;
    return { ...row, speedup };
  });
}
