// Recycled memory for large arrays.
//
// Fresh memory for a large typed array costs about as much as computing into it: the operating system
// maps and zeroes each page on first touch. JAX's runtime keeps freed device buffers for reuse; so does
// this pool. The buffer of an eager result that Python drops comes back here (see ArrayValue.release),
// and the next kernel output of the same type and length takes it instead of new memory.
import { isSharedMemory, type TypedArray } from "./storage.ts";

/** Buffers smaller than this are left to the garbage collector: for them fresh memory is cheap. */
export const DEFAULT_POOL_MIN_BYTES = 1 << 20;
/** At most this much memory waits in the pool (the seed's 3000×6000 float32 work needs three 72 MB buffers); the oldest go first. */
const MAX_POOLED_BYTES = 256 * 2 ** 20;

let minBytes = DEFAULT_POOL_MIN_BYTES;
const free = new Map<string, TypedArray[]>();
/** Every pooled buffer, oldest first, for eviction. */
const order: TypedArray[] = [];
let pooledBytes = 0;

const key = (className: string, length: number, shared: boolean): string =>
  `${shared ? "shared " : ""}${className}:${length}`;
const keyOf = (buf: TypedArray): string => key(buf.constructor.name, buf.length, isSharedMemory(buf));

/** Whether an output of this many bytes comes from (and may return to) the pool. */
export function isPoolSized(bytes: number): boolean {
  return bytes >= minBytes;
}

/**
 * A recycled buffer of the typed-array class named `className` (`Float32Array`...) and this length, over
 * shared memory or not, its contents left over from earlier use (the caller overwrites every element),
 * or undefined when the pool has none.
 */
export function takeBuffer(className: string, length: number, shared = false): TypedArray | undefined {
  const list = free.get(key(className, length, shared));
  const buf = list?.pop();
  if (buf === undefined) return undefined;
  order.splice(order.indexOf(buf), 1);
  pooledBytes -= buf.byteLength;
  return buf;
}

/** Give a buffer that nothing references any more back to the pool. */
export function recycleBuffer(buf: TypedArray): void {
  if (buf.byteLength < minBytes || buf.byteLength > MAX_POOLED_BYTES) return;
  while (pooledBytes + buf.byteLength > MAX_POOLED_BYTES && order.length > 0) {
    const old = order.shift()!;
    const list = free.get(keyOf(old))!;
    list.splice(list.indexOf(old), 1);
    pooledBytes -= old.byteLength;
  }
  const k = keyOf(buf);
  const list = free.get(k);
  if (list) list.push(buf);
  else free.set(k, [buf]);
  order.push(buf);
  pooledBytes += buf.byteLength;
}

/** Bytes waiting in the pool (for tests and benchmarks). */
export function pooledByteCount(): number {
  return pooledBytes;
}

/**
 * Change the smallest pooled size (tests use 0 to send every kernel output through the pool); returns
 * the previous value. Empties the pool.
 */
export function setPoolMinBytes(bytes: number): number {
  const previous = minBytes;
  minBytes = bytes;
  free.clear();
  order.length = 0;
  pooledBytes = 0;
  return previous;
}
