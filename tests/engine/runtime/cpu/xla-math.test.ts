// float32 log1p and erf_inv bit for bit as XLA computes them, against JAX 0.10.2
// (fixtures/gen_log1p_erf_inv.py writes fixtures/log1p-erf-inv.json; JSON keeps infinities out, so they
// are checked separately).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { erfInvF32, log1pF32 } from "../../../../engine/runtime/cpu/xla-math.ts";

interface Cases {
  readonly x: readonly number[];
  readonly y: ReadonlyArray<number | null>;
}

const fixture = JSON.parse(
  fs.readFileSync(path.join(import.meta.dirname, "fixtures/log1p-erf-inv.json"), "utf8"),
) as Record<"log1p" | "erf_inv", Cases>;

function mismatches(f: (x: number) => number, cases: Cases): number[][] {
  const bad: number[][] = [];
  cases.x.forEach((x, i) => {
    const want = cases.y[i];
    if (want === null || !Number.isFinite(want)) return;
    if (!Object.is(f(x), want)) bad.push([x, f(x), want]);
  });
  return bad;
}

describe("float32 kernels as XLA computes them", () => {
  test("log1p", () => {
    expect(mismatches(log1pF32, fixture.log1p)).toEqual([]);
  });

  test("erf_inv", () => {
    expect(mismatches(erfInvF32, fixture.erf_inv)).toEqual([]);
    expect(erfInvF32(1)).toBe(Infinity);
    expect(erfInvF32(-1)).toBe(-Infinity);
    expect(erfInvF32(1.5)).toBeNaN();
  });
});
