import { type DType, dtypeInfo } from "./dtypes.ts";
import { EngineError } from "./errors.ts";

function formatBytes(n: number): string {
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let i = 0;
  while (n >= 1024 && i < units.length - 1) {
    n /= 1024;
    i++;
  }
  return `${Number.isInteger(n) ? n : n.toFixed(1)} ${units[i]}`;
}

/**
 * How each dtype is held in memory on the CPU.
 * float16 and bfloat16 live in a Float32Array whose values are always rounded to the narrow type;
 * int64/uint64 (numpy side only, since x64 is off) live in a Float64Array, exact up to 2**53;
 * complex types interleave real and imaginary parts.
 */
export type TypedArray =
  Float32Array | Float64Array | Int8Array | Int16Array | Int32Array | Uint8Array | Uint16Array | Uint32Array;

/** Typed arrays cannot hold more; larger requests fail cleanly before any allocation. */
export const MAX_ARRAY_BYTES = 2 ** 31;

/** How many typed-array elements hold `size` elements of `dtype`: two for each complex number or key. */
export function storageLength(dtype: DType, size: number): number {
  return dtype === "complex64" || dtype === "complex128" || dtype === "key<fry>" ? 2 * size : size;
}

/** Whether a typed array lives in memory other threads can share (a SharedArrayBuffer). */
export function isSharedMemory(a: TypedArray): boolean {
  return typeof SharedArrayBuffer !== "undefined" && a.buffer instanceof SharedArrayBuffer;
}

export function allocate(dtype: DType, size: number): TypedArray {
  const bytes = size * bytesPerElement(dtype);
  if (bytes > MAX_ARRAY_BYTES) {
    throw new EngineError(
      "MemoryError",
      `Unable to allocate ${formatBytes(bytes)} for an array with ${size} elements of type ${dtype}: ` +
        `Traceur holds at most ${formatBytes(MAX_ARRAY_BYTES)} per array.`,
    );
  }
  const n = storageLength(dtype, size);
  switch (dtype) {
    case "bool":
    case "uint8":
      return new Uint8Array(n);
    case "int8":
      return new Int8Array(n);
    case "int16":
      return new Int16Array(n);
    case "int32":
      return new Int32Array(n);
    case "uint16":
      return new Uint16Array(n);
    case "uint32":
    case "key<fry>":
      return new Uint32Array(n);
    case "int64":
    case "uint64":
    case "float64":
    case "complex128":
      return new Float64Array(n);
    case "float16":
    case "bfloat16":
    case "float32":
    case "complex64":
      return new Float32Array(n);
  }
}

export function bytesPerElement(dtype: DType): number {
  return dtypeInfo(dtype).bits / 8;
}

const f32Scratch = new Float32Array(1);
const u32Scratch = new Uint32Array(f32Scratch.buffer);

/** Round a number to the nearest bfloat16 (round half to even), returned as a JS number. */
export function roundBFloat16(x: number): number {
  f32Scratch[0] = x;
  const bits = u32Scratch[0];
  if ((bits & 0x7f800000) === 0x7f800000 && (bits & 0x007fffff) !== 0) return NaN;
  const rounded = (bits + 0x7fff + ((bits >>> 16) & 1)) & 0xffff0000;
  u32Scratch[0] = rounded >>> 0;
  return f32Scratch[0];
}

/** Round a number to the nearest IEEE float16 (round half to even), returned as a JS number. */
export function roundFloat16(x: number): number {
  if (Number.isNaN(x) || !Number.isFinite(x) || x === 0) return x;
  const ax = Math.abs(x);
  if (ax >= 65520) return x > 0 ? Infinity : -Infinity;
  // Spacing of float16 values around ax (subnormals below 2**-14 share spacing 2**-24).
  const e = Math.max(Math.floor(Math.log2(ax)), -14);
  let ulp = 2 ** (e - 10);
  // Math.log2 can be off by one near powers of two; correct it.
  if (ax < 2 ** e && e > -14) ulp /= 2;
  else if (ax >= 2 ** (e + 1)) ulp *= 2;
  const q = ax / ulp;
  let r = Math.round(q);
  if (r - q === 0.5 && r % 2 === 1) r -= 1; // ties to even (Math.round rounds half up)
  return Math.sign(x) * r * ulp;
}

/** The rounding a value undergoes when stored with this dtype (floats only; integers wrap in the typed array). */
export function roundToDType(dtype: DType, x: number): number {
  switch (dtype) {
    case "float32":
    case "complex64":
      return Math.fround(x);
    case "float16":
      return roundFloat16(x);
    case "bfloat16":
      return roundBFloat16(x);
    default:
      return x;
  }
}

/** The smallest normal float32, 2**-126: below it (and above zero), XLA's CPU code flushes to zero. */
export const F32_MIN_NORMAL = 1.1754943508222875e-38;

/** Whether a float32 array holds a denormal (which XLA's kernels read as a zero of its sign). */
export function holdsFloat32Denormal(data: Float32Array): boolean {
  for (let i = 0; i < data.length; i++) {
    const v = data[i];
    if (v !== 0 && v < F32_MIN_NORMAL && v > -F32_MIN_NORMAL) return true;
  }
  return false;
}
