import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ShapedArray } from "../../../engine/core/aval.ts";
import {
  DEFAULT_POOL_MIN_BYTES,
  pooledByteCount,
  setPoolMinBytes,
} from "../../../engine/core/buffer-pool.ts";
import { ArrayValue } from "../../../engine/core/values.ts";

const f32 = (n: number) => new ArrayValue(new ShapedArray([n], "float32", false), new Float32Array(n));

beforeEach(() => setPoolMinBytes(0));
afterEach(() => setPoolMinBytes(DEFAULT_POOL_MIN_BYTES));

describe("ArrayValue memory recycling", () => {
  it("recycles a kernel's fresh output when Python drops it, and refuses any later use", () => {
    const v = f32(4).markRecyclable();
    expect(v.release()).toBe(true);
    expect(pooledByteCount()).toBe(16);
    expect(() => v.data).toThrow(/used after its memory was recycled/);
    expect(() => v.borrowData()).toThrow(/used after its memory was recycled/);
    expect(v.release()).toBe(false);
  });

  it("never recycles a value that was not a fresh kernel output", () => {
    expect(f32(4).release()).toBe(false);
    expect(pooledByteCount()).toBe(0);
  });

  it("never recycles a pinned value, nor one whose elements were read (they may be aliased)", () => {
    const pinned = f32(4).markRecyclable();
    pinned.pin();
    expect(pinned.release()).toBe(false);
    const read = f32(4).markRecyclable();
    const alias = new ArrayValue(read.aval, read.data);
    expect(read.release()).toBe(false);
    expect(alias.data).toBe(read.data);
    const borrowed = f32(4).markRecyclable();
    borrowed.borrowData();
    expect(borrowed.release()).toBe(true);
  });
});

describe("ArrayValue.holdsNoDenormals", () => {
  const of = (xs: number[]) =>
    new ArrayValue(new ShapedArray([xs.length], "float32", false), Float32Array.from(xs));

  it("searches a small float32 array, zeros, infinities and NaN being no denormals", () => {
    expect(of([0, -0, 1.1754943508222875e-38, -3e38, Infinity, NaN]).holdsNoDenormals()).toBe(true);
    expect(of([1, 2, 1e-39]).holdsNoDenormals()).toBe(false);
    expect(of([1, -1e-45]).holdsNoDenormals()).toBe(false);
  });

  it("does not search a large one: only a flushing kernel's mark tells", () => {
    const big = () => f32((1 << 16) + 1);
    expect(big().holdsNoDenormals()).toBe(false);
    expect(big().markFlushed().holdsNoDenormals()).toBe(true);
  });
});
