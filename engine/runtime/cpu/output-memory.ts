// Memory for a kernel's output, which the kernel overwrites entirely: recycled when the pool has a buffer
// of the right kind (core/buffer-pool.ts), shared with the helper thread when the output is large enough
// to be split (parallel.ts), fresh otherwise.
import { isPoolSized, takeBuffer } from "../../core/buffer-pool.ts";
import type { DType } from "../../core/dtypes.ts";
import { allocate, bytesPerElement, storageLength, type TypedArray } from "../../core/storage.ts";
import { sharedArray, wantsSharedOutput } from "./parallel.ts";

/** The typed-array class that holds each dtype, by name (see storage.ts `allocate`). */
const storageClass = new Map<DType, string>();

function classOf(dtype: DType): string {
  let name = storageClass.get(dtype);
  if (name === undefined) {
    name = allocate(dtype, 0).constructor.name;
    storageClass.set(dtype, name);
  }
  return name;
}

export function allocateForOverwrite(dtype: DType, size: number): TypedArray {
  const pooled = isPoolSized(size * bytesPerElement(dtype));
  const length = storageLength(dtype, size);
  const shared = wantsSharedOutput(length);
  if (!pooled && !shared) return allocate(dtype, size);
  const className = classOf(dtype);
  if (pooled) {
    const recycled = takeBuffer(className, length, shared);
    if (recycled !== undefined) return recycled;
  }
  return shared ? sharedArray(className, length) : allocate(dtype, size);
}
