// The Threefry-2x32 hash (20 rounds) that JAX's default PRNG is built on (jax/_src/random/threefry2x32.py),
// and the key operations of its "partitionable" mode, JAX's default since 0.5: every output element i is
// hashed from the 64-bit counter i split into two uint32 words (hi, lo).

const ROTATIONS = [
  [13, 15, 26, 6],
  [17, 29, 16, 24],
] as const;

/** Hashes the pairs (x1[i], x2[i]) under the key (k1, k2); all values are uint32. */
export function threefry2x32(
  k1: number,
  k2: number,
  x1: Uint32Array,
  x2: Uint32Array,
): [Uint32Array, Uint32Array] {
  const ks = [k1 >>> 0, k2 >>> 0, (k1 ^ k2 ^ 0x1bd11bda) >>> 0];
  const y1 = new Uint32Array(x1.length);
  const y2 = new Uint32Array(x1.length);
  for (let i = 0; i < x1.length; i++) {
    let a = (x1[i] + ks[0]) >>> 0;
    let b = (x2[i] + ks[1]) >>> 0;
    for (let group = 0; group < 5; group++) {
      for (const r of ROTATIONS[group % 2]) {
        a = (a + b) >>> 0;
        b = ((b << r) | (b >>> (32 - r))) ^ a;
      }
      a = (a + ks[(group + 1) % 3]) >>> 0;
      b = (b + ks[(group + 2) % 3] + group + 1) >>> 0;
    }
    y1[i] = a;
    y2[i] = b;
  }
  return [y1, y2];
}

/** The counters 0..n-1 as (hi, lo) words: `iota_2x32_shape`. */
function counters(n: number): [Uint32Array, Uint32Array] {
  const hi = new Uint32Array(n);
  const lo = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    hi[i] = Math.floor(i / 2 ** 32);
    lo[i] = i % 2 ** 32;
  }
  return [hi, lo];
}

/** `threefry_seed` of an integer seed already converted as JAX converts it: the words (seed >> 32, seed). */
export function seedKey(seed: number): [number, number] {
  return [0, seed >>> 0];
}

/** `threefry_split`: n new keys, as n (k1, k2) pairs laid out one after the other. */
export function splitKey(k1: number, k2: number, n: number): Uint32Array {
  const [y1, y2] = threefry2x32(k1, k2, ...counters(n));
  const out = new Uint32Array(2 * n);
  for (let i = 0; i < n; i++) {
    out[2 * i] = y1[i];
    out[2 * i + 1] = y2[i];
  }
  return out;
}

/** `threefry_fold_in`: the hash of the counter pair (0, data). */
export function foldInKey(k1: number, k2: number, data: number): [number, number] {
  const [y1, y2] = threefry2x32(k1, k2, Uint32Array.of(0), Uint32Array.of(data >>> 0));
  return [y1[0], y2[0]];
}

/** `threefry_random_bits` of 8, 16 or 32 bits: the xor of both hash words, truncated to the width. */
export function randomBits(k1: number, k2: number, n: number, bitWidth: 8 | 16 | 32): Uint32Array {
  const [y1, y2] = threefry2x32(k1, k2, ...counters(n));
  const mask = bitWidth === 32 ? 0xffffffff : 2 ** bitWidth - 1;
  for (let i = 0; i < n; i++) y1[i] = ((y1[i] ^ y2[i]) & mask) >>> 0;
  return y1;
}
