import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  DEFAULT_POOL_MIN_BYTES,
  isPoolSized,
  pooledByteCount,
  recycleBuffer,
  setPoolMinBytes,
  takeBuffer,
} from "../../../engine/core/buffer-pool.ts";

const MiB = 2 ** 20;

beforeEach(() => setPoolMinBytes(MiB));
afterEach(() => setPoolMinBytes(DEFAULT_POOL_MIN_BYTES));

describe("buffer pool", () => {
  it("hands a recycled buffer back for the same class and length only", () => {
    const buf = new Float32Array(MiB / 4);
    recycleBuffer(buf);
    expect(pooledByteCount()).toBe(MiB);
    expect(takeBuffer("Int32Array", MiB / 4)).toBeUndefined();
    expect(takeBuffer("Float32Array", MiB / 4 + 1)).toBeUndefined();
    expect(takeBuffer("Float32Array", MiB / 4)).toBe(buf);
    expect(takeBuffer("Float32Array", MiB / 4)).toBeUndefined();
    expect(pooledByteCount()).toBe(0);
  });

  it("keeps small buffers out: the garbage collector handles them", () => {
    expect(isPoolSized(MiB - 1)).toBe(false);
    expect(isPoolSized(MiB)).toBe(true);
    recycleBuffer(new Float32Array(1000));
    expect(pooledByteCount()).toBe(0);
  });

  it("drops the oldest buffers beyond 256 MiB", () => {
    const bufs = Array.from({ length: 5 }, () => new Uint8Array(64 * MiB));
    bufs.forEach(recycleBuffer);
    expect(pooledByteCount()).toBe(256 * MiB);
    expect(takeBuffer("Uint8Array", 64 * MiB)).toBe(bufs[4]);
    expect(takeBuffer("Uint8Array", 64 * MiB)).toBe(bufs[3]);
    expect(takeBuffer("Uint8Array", 64 * MiB)).toBe(bufs[2]);
    expect(takeBuffer("Uint8Array", 64 * MiB)).toBe(bufs[1]);
    expect(takeBuffer("Uint8Array", 64 * MiB)).toBeUndefined();
  });
});
