import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  DEFAULT_POOL_MIN_BYTES,
  recycleBuffer,
  setPoolMinBytes,
} from "../../../../engine/core/buffer-pool.ts";
import { allocateForOverwrite } from "../../../../engine/runtime/cpu/output-memory.ts";
import { installKernelHelper } from "../../../../engine/node/kernel-helper.ts";
import { PARALLEL_MIN_ELEMENTS, setKernelHelper } from "../../../../engine/runtime/cpu/parallel.ts";

const MiB = 2 ** 20;

beforeEach(() => setPoolMinBytes(MiB));
afterEach(() => {
  setPoolMinBytes(DEFAULT_POOL_MIN_BYTES);
  setKernelHelper(undefined);
});

describe("kernel output memory", () => {
  it("gives kernels recycled memory of the dtype's storage, fresh memory otherwise", () => {
    const complexStore = new Float32Array(MiB / 4); // re and im of MiB / 8 elements
    recycleBuffer(complexStore);
    expect(allocateForOverwrite("complex64", MiB / 8)).toBe(complexStore);
    const fresh = allocateForOverwrite("float32", MiB / 4);
    expect(fresh).toBeInstanceOf(Float32Array);
    expect(fresh.length).toBe(MiB / 4);
    expect(allocateForOverwrite("bfloat16", 10)).toBeInstanceOf(Float32Array);
  });

  it("is shared with the helper thread for large outputs once one is installed, and recycled as such", () => {
    expect(allocateForOverwrite("float32", PARALLEL_MIN_ELEMENTS).buffer).toBeInstanceOf(ArrayBuffer);
    installKernelHelper();
    const shared = allocateForOverwrite("float32", PARALLEL_MIN_ELEMENTS);
    expect(shared.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(allocateForOverwrite("float32", 100).buffer).toBeInstanceOf(ArrayBuffer);
    recycleBuffer(new Float32Array(PARALLEL_MIN_ELEMENTS));
    recycleBuffer(shared);
    expect(allocateForOverwrite("float32", PARALLEL_MIN_ELEMENTS)).toBe(shared);
  });
});
