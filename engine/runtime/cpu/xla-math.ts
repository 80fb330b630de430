// float32 math as XLA's CPU backend computes it, bit for bit, so that printed values match JAX's.
// XLA does not round these functions correctly: it evaluates Cephes/Eigen polynomial approximations with
// fused multiply-adds (emulated here: a float32 product is exact in a double, so `fround(a * b + c)` rounds
// once more than an FMA, which the comparisons against JAX below did not catch), and it runs with
// denormals flushed to zero, on input and output. Each function was checked against jax 0.10.2 on the CPU
// on several hundred thousand inputs.

import { F32_MIN_NORMAL } from "../../core/storage.ts";

const fr = Math.fround;
const fma = (a: number, b: number, c: number): number => fr(a * b + c);

/** Denormals flush to zero of the same sign, as XLA's CPU code does (FTZ/DAZ). */
export function flushDenormal(v: number): number {
  return v !== 0 && Math.abs(v) < F32_MIN_NORMAL ? (v < 0 ? -0 : 0) : v;
}

// ---- exp: XLA's `GenerateVF32Exp` (Cephes) ----

const EXP_LO = fr(-87.8);
const EXP_HI = fr(88.8);
const LOG2EF = fr(1.4426950408889634);
const EXP_C1 = fr(-0.693359375);
const EXP_C2 = fr(2.1219444e-4);
const EXP_P = [
  1.98756915e-4, 1.3981999507e-3, 8.3334519073e-3, 4.1665795894e-2, 1.6666665459e-1, 5.0000001201e-1,
].map(fr);

export function expF32(input: number): number {
  if (Number.isNaN(input)) return NaN;
  const x = Math.min(Math.max(flushDenormal(input), EXP_LO), EXP_HI);
  const n = Math.min(Math.max(Math.floor(fma(x, LOG2EF, 0.5)), -127), 127);
  let a = fma(n, EXP_C1, x);
  a = fma(n, EXP_C2, a);
  let z = fma(a, EXP_P[0], EXP_P[1]);
  for (let i = 2; i < EXP_P.length; i++) z = fma(z, a, EXP_P[i]);
  z = fma(z, fr(a * a), a);
  z = fr(1 + z);
  // 2**n built from its exponent bits: 2**-127 has none and is zero.
  const pow2 = n === -127 ? 0 : 2 ** n;
  return flushDenormal(fr(z * pow2));
}

/** `logistic`: XLA expands it to 1 / (1 + exp(-x)). */
export function logisticF32(x: number): number {
  return flushDenormal(fr(1 / fr(1 + expF32(-flushDenormal(x)))));
}

// ---- log: XLA's `GenerateVF32Log` (Cephes, as in Eigen) ----

const SQRTHF = fr(0.7071067811865476);
const LOG_P = [
  7.0376836292e-2, -1.151461031e-1, 1.167699874e-1, -1.2420140846e-1, 1.4249322787e-1, -1.6668057665e-1,
  2.0000714765e-1, -2.4999993993e-1, 3.3333331174e-1,
].map(fr);
const LOG_Q1 = fr(-2.1219444e-4);
const LOG_Q2 = fr(0.693359375);

const logScratch = new Float32Array(1);
const logBits = new Int32Array(logScratch.buffer);

export function logF32(input: number): number {
  const v = flushDenormal(input);
  if (Number.isNaN(v) || v < 0) return NaN;
  if (v === 0) return -Infinity;
  if (v === Infinity) return Infinity;
  logScratch[0] = v;
  const bits = logBits[0];
  let e = fr(1 + ((bits >> 23) - 0x7f));
  logBits[0] = (bits & ~0x7f800000) | 0x3f000000;
  let t = logScratch[0];
  const small = t < SQRTHF;
  const tmp1 = small ? t : 0;
  t = fr(t - 1);
  if (small) e = fr(e - 1);
  t = fr(t + tmp1);
  const x2 = fr(t * t);
  const x3 = fr(x2 * t);
  let y = fma(t, LOG_P[0], LOG_P[1]);
  let y1 = fma(t, LOG_P[3], LOG_P[4]);
  let y2 = fma(t, LOG_P[6], LOG_P[7]);
  y = fma(y, t, LOG_P[2]);
  y1 = fma(y1, t, LOG_P[5]);
  y2 = fma(y2, t, LOG_P[8]);
  y = fma(y, x3, y1);
  y = fma(y, x3, y2);
  y = fma(y, x3, fr(LOG_Q1 * e));
  t = fma(-0.5, x2, t);
  t = fr(t + y);
  return fma(LOG_Q2, e, t);
}

// ---- tanh: Eigen's rational approximation (`generic_fast_tanh_float`) ----

const TANH_CLAMP = fr(7.99881172180175781);
const TANH_TINY = fr(0.0004);
const TANH_ALPHA = [
  4.89352455891786e-3, 6.37261928875436e-4, 1.48572235717979e-5, 5.12229709037114e-8, -8.60467152213735e-11,
  2.00018790482477e-13, -2.76076847742355e-16,
].map(fr);
const TANH_BETA = [4.89352518554385e-3, 2.268434632439e-3, 1.18534705686654e-4, 1.19825839466702e-6].map(fr);

/** Tiny inputs, denormals included, come back unchanged. */
export function tanhF32(x: number): number {
  if (Math.abs(x) < TANH_TINY) return x;
  const xc = Math.min(Math.max(x, -TANH_CLAMP), TANH_CLAMP);
  const x2 = fr(xc * xc);
  let p = TANH_ALPHA[6];
  for (let i = 5; i >= 0; i--) p = fma(x2, p, TANH_ALPHA[i]);
  p = fr(xc * p);
  let q = TANH_BETA[3];
  for (let i = 2; i >= 0; i--) q = fma(x2, q, TANH_BETA[i]);
  return flushDenormal(fr(p / q));
}

// ---- erf: XLA's rational approximation (`ErfImpl32`), saturating beyond erfinv(1 - 2**-24) ----

const ERF_ALPHA = [
  0.00022905065861350646, 0.0034082910107109507, 0.05095569506238086, 0.18520832239976145, 1.128379143519084,
].map(fr);
const ERF_BETA = [
  -1.1791602954361697e-7, 0.000023547966471313183, 0.0010179625278914884, 0.014070470171167667,
  0.11098505178285362, 0.49746925110067536, 1.0,
].map(fr);
const ERF_SATURATION = fr(3.832506856900711);

export function erfF32(input: number): number {
  const x = flushDenormal(input);
  if (Number.isNaN(x)) return NaN;
  if (Math.abs(x) > ERF_SATURATION) return x > 0 ? 1 : -1;
  const x2 = fr(x * x);
  let p = ERF_ALPHA[0];
  for (let i = 1; i < ERF_ALPHA.length; i++) p = fma(p, x2, ERF_ALPHA[i]);
  let q = ERF_BETA[0];
  for (let i = 1; i < ERF_BETA.length; i++) q = fma(q, x2, ERF_BETA[i]);
  return flushDenormal(fr(fr(x * p) / q));
}

// ---- exp2: XLA computes exp(x * ln 2) with its exp ----

const LN2_F32 = fr(Math.LN2);

export function exp2F32(x: number): number {
  return expF32(fr(flushDenormal(x) * LN2_F32));
}

// ---- erfc: Cephes' float erfc as XLA writes it (`ErfcImpl32`), 1 - erf(x) below 1 ----
// Within 2 ulps of XLA's results (the order of its last multiplications is not known for certain).

const ERF_T = [
  7.853861353153693e-5, -8.010193625184903e-4, 5.188327685732524e-3, -2.685381193529856e-2,
  1.128358514861418e-1, -3.7612625824233e-1, 1.12837916572671,
].map(fr);
const ERFC_P = [
  2.326819970068386e-2, -1.387039388740657e-1, 3.687424674597105e-1, -5.824733027278666e-1,
  6.210004621745983e-1, -4.944515323274145e-1, 3.404879937665872e-1, -2.741127028184656e-1,
  5.638259427386472e-1,
].map(fr);
const ERFC_R = [
  -1.047766399936249e1, 1.297719955372516e1, -7.495518717768503, 2.921019019210786, -1.0152652792027,
  4.218463358204948e-1, -2.820767439740514e-1, 5.641895067754075e-1,
].map(fr);

function polyF32(y: number, coefficients: readonly number[]): number {
  let r = coefficients[0];
  for (let i = 1; i < coefficients.length; i++) r = fma(r, y, coefficients[i]);
  return r;
}

export function erfcF32(input: number): number {
  const x = flushDenormal(input);
  if (Number.isNaN(x)) return NaN;
  const ax = Math.abs(x);
  if (ax < 1) return fr(1 - fr(x * polyF32(fr(x * x), ERF_T)));
  const z = expF32(fr(-x * x));
  const q = fr(1 / ax);
  const y = fr(q * q);
  const p = polyF32(y, ax < 2 ? ERFC_P : ERFC_R);
  const r = flushDenormal(fr(fr(z * q) * p));
  return x < 0 ? fr(2 - r) : r;
}

// ---- log1p: XLA's `EmitLog1p` (a Cephes rational approximation for |x| < sqrt(2) - 1) ----

const LOG1P_NUMERATOR = [
  4.52700008624452e-5, 0.49854102823193375, 6.578732594206104, 29.911919328553072, 60.94966798098779,
  57.11296359058554, 20.039553499201283,
].map(fr);
const LOG1P_DENOMINATOR = [
  1, 15.062909083469192, 83.04756596796722, 221.76239823732857, 309.09872225312057, 216.42788614495947,
  60.11866049760384,
].map(fr);

/** `EvaluatePolynomial`: Horner's rule from the highest coefficient, each step one FMA. */
function polynomial(x: number, coefficients: readonly number[]): number {
  let p = 0;
  for (const c of coefficients) p = fma(p, x, c);
  return p;
}

export function log1pF32(input: number): number {
  const x = flushDenormal(input);
  if (!(Math.abs(x) < 0.41421356237309503)) return logF32(fr(x + 1));
  const x2 = fr(x * x);
  let small = fr(polynomial(x, LOG1P_NUMERATOR) / polynomial(x, LOG1P_DENOMINATOR));
  small = fr(fr(x * x2) * small);
  small = fma(-0.5, x2, small);
  return flushDenormal(fr(x + small));
}

// ---- erf_inv: CHLO's `materializeErfInvF32` (Giles' single-precision approximation) ----

const ERF_INV_W_LT_5 = [
  2.81022636e-8, 3.43273939e-7, -3.5233877e-6, -4.39150654e-6, 0.00021858087, -0.00125372503, -0.00417768164,
  0.246640727, 1.50140941,
].map(fr);
const ERF_INV_W_GE_5 = [
  -0.000200214257, 0.000100950558, 0.00134934322, -0.00367342844, 0.00573950773, -0.0076224613, 0.00943887047,
  1.00167406, 2.83297682,
].map(fr);

export function erfInvF32(input: number): number {
  const x = flushDenormal(input);
  let w = -log1pF32(fr(x * -x));
  const small = w < 5;
  const coefficients = small ? ERF_INV_W_LT_5 : ERF_INV_W_GE_5;
  w = small ? fr(w - 2.5) : fr(fr(Math.sqrt(w)) - 3);
  let p = coefficients[0];
  for (let i = 1; i < coefficients.length; i++) p = fma(p, w, coefficients[i]);
  // erf_inv(+-1) = +-inf, where the polynomial is indeterminate.
  return Math.abs(x) === 1 ? x * Infinity : flushDenormal(fr(p * x));
}
