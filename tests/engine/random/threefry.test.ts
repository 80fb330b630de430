// Threefry-2x32 and the key operations built on it, against outputs of real JAX 0.10.2
// (fixtures/make-threefry-vectors.py writes fixtures/threefry-vectors.json).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { foldInKey, randomBits, seedKey, splitKey, threefry2x32 } from "../../../engine/random/threefry.ts";

interface Vectors {
  threefry2x32: Array<{ key: [number, number]; x1: number[]; x2: number[]; y1: number[]; y2: number[] }>;
  keys: Array<{
    seed: number;
    key: [number, number];
    split5: number[];
    fold_in: Record<string, [number, number]>;
    bits32: number[];
    bits16: number[];
    bits8: number[];
  }>;
}

const vectors = JSON.parse(
  fs.readFileSync(path.join(import.meta.dirname, "fixtures/threefry-vectors.json"), "utf8"),
) as Vectors;

describe("threefry2x32", () => {
  test.each(vectors.threefry2x32)("key $key", ({ key, x1, x2, y1, y2 }) => {
    const [a, b] = threefry2x32(key[0], key[1], Uint32Array.from(x1), Uint32Array.from(x2));
    expect(Array.from(a)).toEqual(y1);
    expect(Array.from(b)).toEqual(y2);
  });
});

describe("key operations", () => {
  test.each(vectors.keys)("seed $seed", (c) => {
    const [k1, k2] = seedKey(c.seed);
    expect([k1, k2]).toEqual(c.key);
    expect(Array.from(splitKey(k1, k2, 5))).toEqual(c.split5);
    for (const [d, expected] of Object.entries(c.fold_in))
      expect(foldInKey(k1, k2, Number(d))).toEqual(expected);
    expect(Array.from(randomBits(k1, k2, 6, 32))).toEqual(c.bits32);
    expect(Array.from(randomBits(k1, k2, 6, 16))).toEqual(c.bits16);
    expect(Array.from(randomBits(k1, k2, 6, 8))).toEqual(c.bits8);
  });
});
