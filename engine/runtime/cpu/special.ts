// Special functions JavaScript's Math lacks, accurate to float32 at least.

const TWO_OVER_SQRT_PI = 1.1283791670955126;

/** erf(x): Taylor series near 0, continued fraction for erfc beyond. */
export function erf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  const ax = Math.abs(x);
  if (ax < 2.5) {
    let term = x;
    let sum = x;
    const x2 = x * x;
    for (let n = 1; n < 60; n++) {
      term *= -x2 / n;
      const add = term / (2 * n + 1);
      sum += add;
      if (Math.abs(add) < 1e-17 * Math.abs(sum)) break;
    }
    return TWO_OVER_SQRT_PI * sum;
  }
  const r = 1 - erfcLarge(ax);
  return x < 0 ? -r : r;
}

export function erfc(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x < 2.5) return 1 - erf(x);
  return erfcLarge(x);
}

/** erfc for x >= 2.5 by Lentz's continued fraction. */
function erfcLarge(x: number): number {
  if (x > 27) return 0;
  // erfc(x) = exp(-x^2)/sqrt(pi) * 1/(x + 1/2/(x + 1/(x + 3/2/(x + ...))))
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let n = 1; n < 300; n++) {
    const a = n / 2;
    d = x + a * d;
    d = d === 0 ? tiny : d;
    c = x + a / c;
    c = c === 0 ? tiny : c;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-x * x) / Math.sqrt(Math.PI) / f;
}

const fr = Math.fround;

/** erf_inv in float32, Giles' single-precision approximation, as XLA evaluates it. */
export function erfInvF32(x: number): number {
  if (x === 1) return Infinity;
  if (x === -1) return -Infinity;
  if (Math.abs(x) > 1 || Number.isNaN(x)) return NaN;
  let w = fr(-Math.log(fr(fr(1 - x) * fr(1 + x))));
  let p: number;
  const step = (c: number, acc: number): number => fr(c + fr(acc * w));
  if (w < 5) {
    w = fr(w - 2.5);
    p = fr(2.81022636e-8);
    p = step(3.43273939e-7, p);
    p = step(-3.5233877e-6, p);
    p = step(-4.39150654e-6, p);
    p = step(0.00021858087, p);
    p = step(-0.00125372503, p);
    p = step(-0.00417768164, p);
    p = step(0.246640727, p);
    p = step(1.50140941, p);
  } else {
    w = fr(fr(Math.sqrt(w)) - 3);
    p = fr(-0.000200214257);
    p = step(0.000100950558, p);
    p = step(0.00134934322, p);
    p = step(-0.00367342844, p);
    p = step(0.00573950773, p);
    p = step(-0.0076224613, p);
    p = step(0.00943887047, p);
    p = step(1.00167406, p);
    p = step(2.83297682, p);
  }
  return fr(p * x);
}
