import { describe, expect, it } from "vitest";

import { chainLabel, timingRows } from "../../../renderer/timings/timing-rows.ts";
import type { TimingGroup } from "../../../renderer/worker/protocol.ts";

function group(transforms: string[], traced: boolean | null, times: number[]): TimingGroup {
  const sorted = [...times].sort((a, b) => a - b);
  const mid = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  };
  return {
    fn: "myfunc",
    transforms,
    traced,
    count: times.length,
    firstMs: times[0],
    medianMs: mid(times),
    minMs: sorted[0],
    maxMs: sorted.at(-1) ?? 0,
    restMedianMs: times.length > 1 ? mid(times.slice(1)) : null,
    recentMs: times,
  };
}

describe("chainLabel", () => {
  it("writes the chain as the learner wrote the calls", () => {
    expect(chainLabel("myfunc", ["jit", "vmap", "vmap"])).toBe("jit(vmap(vmap(myfunc)))");
    expect(chainLabel("f", ["grad"])).toBe("grad(f)");
  });
});

describe("timingRows", () => {
  it("makes one row of jit's compiling call and its cache hits, and compares it with the eager chain", () => {
    const rows = timingRows([
      group(["vmap", "vmap"], null, [12, 8, 7, 9]),
      group(["jit", "vmap", "vmap"], true, [21]),
      group(["jit", "vmap", "vmap"], false, [2, 2, 3]),
    ]);
    expect(rows).toEqual([
      {
        label: "vmap(vmap(myfunc))",
        fn: "myfunc",
        transforms: ["vmap", "vmap"],
        calls: 4,
        firstMs: 12,
        firstCompiled: false,
        compilations: 0,
        medianMs: 8,
        recentMs: [8, 7, 9],
        speedup: null,
      },
      {
        label: "jit(vmap(vmap(myfunc)))",
        fn: "myfunc",
        transforms: ["jit", "vmap", "vmap"],
        calls: 4,
        firstMs: 21,
        firstCompiled: true,
        compilations: 1,
        medianMs: 2,
        recentMs: [2, 2, 3],
        speedup: 4,
      },
    ]);
  });

  it("counts every compilation of a jit that traced again, and has no median before a cache hit", () => {
    const [row] = timingRows([group(["jit"], true, [30, 25])]);
    expect(row).toMatchObject({
      calls: 2,
      firstMs: 30,
      firstCompiled: true,
      compilations: 2,
      medianMs: null,
    });
    expect(row.recentMs).toEqual([]);
    expect(row.speedup).toBeNull();
  });

  it("shows a jit whose first call hit a cache another jit of the function filled", () => {
    const [row] = timingRows([group(["jit"], false, [3, 1, 2])]);
    expect(row).toMatchObject({ calls: 3, firstMs: 3, firstCompiled: false, compilations: 0, medianMs: 1.5 });
    expect(row.recentMs).toEqual([1, 2]);
  });

  it("keeps the chart's recent calls when the first call has left them", () => {
    const eager = { ...group(["vmap"], null, [5, 6]), count: 500 };
    expect(timingRows([eager])[0].recentMs).toEqual([5, 6]);
  });
});
