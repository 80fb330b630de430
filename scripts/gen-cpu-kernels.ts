#!/usr/bin/env node
// Writes engine/runtime/cpu/kernels.generated.ts: the CPU loops of the hot elementwise primitives, one
// function per (primitive, dtype), each with its operation written inline in its loops.
//
//   node scripts/gen-cpu-kernels.ts
//
// Why generated: V8 optimises a loop for the typed-array classes and call targets it has seen. A loop
// shared by several dtypes, or one that calls a per-primitive closure for each element, becomes
// polymorphic or megamorphic and runs 3 to 60 times slower than the same loop seen with one class and
// one operation. So each (primitive, dtype) needs its own loop text; this script writes them from the
// table below instead of by hand. (`new Function` would do it at run time, but the app's
// Content-Security-Policy forbids eval.) tests/engine/runtime/cpu/kernels-generated.test.ts checks that
// the committed file is this script's output.
import fs from "node:fs";
import path from "node:path";
import * as prettier from "prettier";

type Cls = "Float32Array" | "Int32Array" | "Uint8Array";

/** How a float32 operand or result is read or written: flushed (XLA's FTZ/DAZ) or as it is. */
type Flush = "ftz" | "raw";

interface BinarySpec {
  readonly op: string;
  readonly dtype: string;
  readonly cls: Cls;
  readonly out: Cls;
  readonly flushIn: readonly [Flush, Flush];
  /** The result in terms of x and y (the operands after flushing). */
  readonly expr: string;
  readonly flushOut: Flush;
}

interface UnarySpec {
  readonly op: string;
  readonly dtype: string;
  readonly cls: Cls;
  readonly out: Cls;
  readonly flushIn: Flush;
  /** The result in terms of v (the operand after flushing). */
  readonly expr: string;
  readonly flushOut: Flush;
}

const SHORT: Record<string, string> = { float32: "f32", int32: "i32", bool: "bool" };

// ---- binary ----

const binary: BinarySpec[] = [];

/** float32: XLA flushes denormal operands and results; comparisons flush their operands. */
const F32_ARITH: Record<string, string> = {
  add: "x + y",
  sub: "x - y",
  mul: "x * y",
  div: "x / y",
  max: "x !== x || y !== y ? NaN : Math.max(x, y)",
  min: "x !== x || y !== y ? NaN : Math.min(x, y)",
};
const COMPARE: Record<string, string> = {
  eq: "x === y",
  ne: "x !== y",
  lt: "x < y",
  le: "x <= y",
  gt: "x > y",
  ge: "x >= y",
};
for (const [op, expr] of Object.entries(F32_ARITH)) {
  binary.push({
    op,
    dtype: "float32",
    cls: "Float32Array",
    out: "Float32Array",
    flushIn: ["ftz", "ftz"],
    expr,
    flushOut: "ftz",
  });
}
for (const [op, cond] of Object.entries(COMPARE)) {
  binary.push({
    op,
    dtype: "float32",
    cls: "Float32Array",
    out: "Uint8Array",
    flushIn: ["ftz", "ftz"],
    expr: `${cond} ? 1 : 0`,
    flushOut: "raw",
  });
}
// XLA keeps a denormal dividend (fmod works on its bits) but flushes a denormal divisor.
binary.push({
  op: "rem",
  dtype: "float32",
  cls: "Float32Array",
  out: "Float32Array",
  flushIn: ["raw", "ftz"],
  expr: "x % y",
  flushOut: "raw",
});

/** int32: the typed array wraps every result to 32 bits; division by zero gives -1 (all ones). */
const I32_ARITH: Record<string, string> = {
  add: "x + y",
  sub: "x - y",
  mul: "Math.imul(x, y)",
  div: "y === 0 ? -1 : Math.trunc(x / y)",
  rem: "y === 0 ? x : x % y",
  max: "Math.max(x, y)",
  min: "Math.min(x, y)",
  and: "x & y",
  or: "x | y",
  xor: "x ^ y",
};
for (const [op, expr] of Object.entries(I32_ARITH)) {
  binary.push({
    op,
    dtype: "int32",
    cls: "Int32Array",
    out: "Int32Array",
    flushIn: ["raw", "raw"],
    expr,
    flushOut: "raw",
  });
}
for (const [op, cond] of Object.entries(COMPARE)) {
  binary.push({
    op,
    dtype: "int32",
    cls: "Int32Array",
    out: "Uint8Array",
    flushIn: ["raw", "raw"],
    expr: `${cond} ? 1 : 0`,
    flushOut: "raw",
  });
}

const BOOL_OPS: Record<string, string> = {
  and: "x & y",
  or: "x | y",
  xor: "x ^ y",
  mul: "x & y",
  max: "Math.max(x, y)",
  min: "Math.min(x, y)",
};
for (const [op, expr] of Object.entries(BOOL_OPS)) {
  binary.push({
    op,
    dtype: "bool",
    cls: "Uint8Array",
    out: "Uint8Array",
    flushIn: ["raw", "raw"],
    expr,
    flushOut: "raw",
  });
}
for (const [op, cond] of Object.entries(COMPARE)) {
  binary.push({
    op,
    dtype: "bool",
    cls: "Uint8Array",
    out: "Uint8Array",
    flushIn: ["raw", "raw"],
    expr: `${cond} ? 1 : 0`,
    flushOut: "raw",
  });
}

// ---- unary ----

const unary: UnarySpec[] = [];
const f32Unary = (op: string, expr: string, flush: Flush = "ftz", out: Cls = "Float32Array"): void => {
  unary.push({
    op,
    dtype: "float32",
    cls: "Float32Array",
    out,
    flushIn: flush,
    expr,
    flushOut: out === "Float32Array" ? flush : "raw",
  });
};
// Sign-bit operations, and tanh (which returns tiny inputs as they are), move denormals untouched.
f32Unary("neg", "-v", "raw");
f32Unary("abs", "Math.abs(v)", "raw");
f32Unary("tanh", "tanhF32(v)", "raw");
f32Unary("sign", "v !== v ? NaN : Math.sign(v)");
f32Unary("floor", "Math.floor(v)");
f32Unary("ceil", "Math.ceil(v)");
f32Unary("square", "v * v");
f32Unary("reciprocal", "1 / v");
f32Unary("round_away", "Math.sign(v) * Math.round(Math.abs(v))");
f32Unary("round_even", "roundHalfEven(v)");
f32Unary("exp", "expF32(v)");
f32Unary("exp2", "exp2F32(v)");
f32Unary("log", "logF32(v)");
f32Unary("logistic", "logisticF32(v)");
f32Unary("erf", "erfF32(v)");
f32Unary("erfc", "erfcF32(v)");
f32Unary("erf_inv", "erfInvF32(v)");
f32Unary("rsqrt", "1 / Math.sqrt(v)");
f32Unary("log1p", "log1pF32(v)");
for (const f of [
  "expm1",
  "sin",
  "cos",
  "tan",
  "asin",
  "acos",
  "atan",
  "sinh",
  "cosh",
  "asinh",
  "acosh",
  "atanh",
  "sqrt",
  "cbrt",
]) {
  f32Unary(f, `Math.${f}(v)`);
}
unary.push({
  op: "is_finite",
  dtype: "float32",
  cls: "Float32Array",
  out: "Uint8Array",
  flushIn: "raw",
  expr: "Number.isFinite(v) ? 1 : 0",
  flushOut: "raw",
});

const I32_UNARY: Record<string, string> = {
  neg: "-v",
  abs: "Math.abs(v)",
  sign: "Math.sign(v)",
  square: "Math.imul(v, v)",
  not: "~v",
};
for (const [op, expr] of Object.entries(I32_UNARY)) {
  unary.push({
    op,
    dtype: "int32",
    cls: "Int32Array",
    out: "Int32Array",
    flushIn: "raw",
    expr,
    flushOut: "raw",
  });
}
unary.push({
  op: "not",
  dtype: "bool",
  cls: "Uint8Array",
  out: "Uint8Array",
  flushIn: "raw",
  expr: "v ? 0 : 1",
  flushOut: "raw",
});

// ---- code ----

const read = (f: Flush, e: string): string => (f === "ftz" ? `ftz(${e})` : e);

/** Whether a float32 loop flushes a denormal operand: it then has loops for operands known to hold none. */
const flushesInput = (s: BinarySpec): boolean => s.flushIn.includes("ftz");

function binaryFunction(s: BinarySpec): string {
  const name = `${s.op}_${SHORT[s.dtype]}`;
  const [fa, fb] = s.flushIn;
  const result = s.flushOut === "ftz" ? `ftz(${s.expr})` : s.expr;
  // With CLEAN (4) in mode, the operands that advance hold no denormals: they are read as they are.
  const clean = flushesInput(s)
    ? `if (mode === 7) {
    for (let i = 0; i < n; i++) {
      const x = a[ao + i];
      const y = b[bo + i];
      o[oo + i] = ${result};
    }
  } else if (mode === 6) {
    const y = ${read(fb, "b[bo]")};
    for (let i = 0; i < n; i++) {
      const x = a[ao + i];
      o[oo + i] = ${result};
    }
  } else if (mode === 5) {
    const x = ${read(fa, "a[ao]")};
    for (let i = 0; i < n; i++) {
      const y = b[bo + i];
      o[oo + i] = ${result};
    }
  } else `
    : "";
  return `function ${name}(o: ${s.out}, oo: number, a: ${s.cls}, ao: number, b: ${s.cls}, bo: number, n: number, mode: number): void {
  const m = mode & 3;
  ${clean}if (m === 3) {
    for (let i = 0; i < n; i++) {
      const x = ${read(fa, "a[ao + i]")};
      const y = ${read(fb, "b[bo + i]")};
      o[oo + i] = ${result};
    }
  } else if (m === 2) {
    const y = ${read(fb, "b[bo]")};
    for (let i = 0; i < n; i++) {
      const x = ${read(fa, "a[ao + i]")};
      o[oo + i] = ${result};
    }
  } else if (m === 1) {
    const x = ${read(fa, "a[ao]")};
    for (let i = 0; i < n; i++) {
      const y = ${read(fb, "b[bo + i]")};
      o[oo + i] = ${result};
    }
  } else {
    const x = ${read(fa, "a[ao]")};
    const y = ${read(fb, "b[bo]")};
    o.fill(${result}, oo, oo + n);
  }
}
`;
}

function unaryFunction(s: UnarySpec): string {
  const name = `${s.op}_${SHORT[s.dtype]}`;
  const result = s.flushOut === "ftz" ? `ftz(${s.expr})` : s.expr;
  const loop = (flush: Flush): string => `for (let i = 0; i < n; i++) {
    const v = ${read(flush, "x[i]")};
    o[i] = ${result};
  }`;
  // A clean operand holds no denormals: it is read without flushing.
  const body =
    s.flushIn === "ftz" ? `if (clean) {\n  ${loop("raw")}\n  } else {\n  ${loop("ftz")}\n  }` : loop("raw");
  return `function ${name}(o: ${s.out}, x: ${s.cls}, n: number, ${s.flushIn === "ftz" ? "" : "_"}clean: boolean): void {
  ${body}
}
`;
}

function table(specs: readonly { op: string; dtype: string }[], type: string, name: string): string {
  const ops = [...new Set(specs.map((s) => s.op))];
  const rows = ops.map((op) => {
    const entries = specs.filter((s) => s.op === op).map((s) => `${s.dtype}: ${s.op}_${SHORT[s.dtype]}`);
    return `  ${op}: { ${entries.join(", ")} },`;
  });
  return `export const ${name}: Readonly<Record<string, Readonly<Partial<Record<DType, ${type}>>>>> = {\n${rows.join("\n")}\n};\n`;
}

const HEADER = `// GENERATED by scripts/gen-cpu-kernels.ts: do not edit by hand; change the script and run
// \`node scripts/gen-cpu-kernels.ts\`.
//
// The CPU loops of the hot elementwise primitives: one function per (primitive, dtype), so that V8 sees
// one typed-array class and one operation in each loop (see the script for why). float32 loops flush
// denormal operands and results to a zero of the same sign as XLA's CPU code does (FTZ/DAZ), exactly as
// flushDenormal, with \`ftz\`, which V8 inlines and compiles to a compare and a select.
//
// Binary loops walk one run of n output elements from offset oo; \`mode\` says which operands advance
// along the run (contiguous) and which stay on one element (broadcast): 3 both advance, 2 only a,
// 1 only b, 0 neither; plus CLEAN (4) when the caller knows that the operands hold no denormals, which the
// loop then reads without flushing. runtime/cpu/elementwise.ts splits an output into such runs.
import type { DType } from "../../core/dtypes.ts";
import type { TypedArray } from "../../core/storage.ts";
import {
  erfcF32,
  erfF32,
  erfInvF32,
  exp2F32,
  expF32,
  log1pF32,
  logF32,
  logisticF32,
  tanhF32,
} from "./xla-math.ts";

/** One run of a binary primitive: o[oo + i] = op(a[ao + i·((mode>>1)&1)], b[bo + i·(mode&1)]) for i < n. */
export type BinaryLoop = {
  bivariant(o: TypedArray, oo: number, a: TypedArray, ao: number, b: TypedArray, bo: number, n: number, mode: number): void;
}["bivariant"];

/** o[i] = op(x[i]) for i < n; \`clean\` when x holds no denormals (ArrayValue.holdsNoDenormals). */
export type UnaryLoop = { bivariant(o: TypedArray, x: TypedArray, n: number, clean: boolean): void }["bivariant"];

/** Binary loops' mode bit: the operands hold no denormals (ArrayValue.holdsNoDenormals). */
export const CLEAN = 4;

/** The smallest normal float32, 2**-126. */
const MIN = 1.1754943508222875e-38;

/** flushDenormal: a denormal becomes a zero of its sign (v * 0); others, NaN included, stay as they are. */
function ftz(v: number): number {
  const zero = v * 0;
  return Math.abs(v) >= MIN ? v : zero;
}

/** round's rounding_method 1: half to even. */
export function roundHalfEven(v: number): number {
  if (!Number.isFinite(v)) return v;
  const r = Math.round(v);
  return r - v === 0.5 && r % 2 !== 0 ? r - 1 : r === 0 && v < 0 ? -0 : r;
}
`;

/** Loops with their own shape: integer_pow, select_n, clamp and the hot conversions. */
const SPECIAL = `
// ---- integer_pow: square-and-multiply in the operand's own arithmetic ----

/** x ** y for float32: each product is rounded to float32 and flushed, as XLA multiplies. */
export function integer_pow_f32(o: Float32Array, x: Float32Array, n: number, y: number): void {
  const e0 = Math.abs(y);
  if (y === 2) {
    for (let i = 0; i < n; i++) {
      const v = ftz(x[i]);
      o[i] = ftz(Math.fround(v * v));
    }
    return;
  }
  for (let i = 0; i < n; i++) {
    let acc = 1;
    let base = x[i];
    let e = e0;
    let first = true;
    while (e > 0) {
      if (e & 1) {
        acc = first ? base : ftz(Math.fround(ftz(acc) * ftz(base)));
        first = false;
      }
      e >>= 1;
      if (e > 0) base = ftz(Math.fround(ftz(base) * ftz(base)));
    }
    o[i] = y < 0 ? ftz(1 / ftz(acc)) : acc;
  }
}

/** x ** y for int32, wrapping (y >= 0). */
export function integer_pow_i32(o: Int32Array, x: Int32Array, n: number, y: number): void {
  for (let i = 0; i < n; i++) {
    let acc = 1;
    let base = x[i];
    let e = y;
    let first = true;
    while (e > 0) {
      if (e & 1) {
        acc = first ? base : Math.imul(acc, base);
        first = false;
      }
      e >>= 1;
      if (e > 0) base = Math.imul(base, base);
    }
    o[i] = acc;
  }
}

// ---- select_n with two cases and a boolean predicate of the cases' shape ----

export function select_f32(o: Float32Array, w: Uint8Array, f: Float32Array, t: Float32Array, n: number): void {
  for (let i = 0; i < n; i++) o[i] = w[i] ? t[i] : f[i];
}

export function select_i32(o: Int32Array, w: Uint8Array, f: Int32Array, t: Int32Array, n: number): void {
  for (let i = 0; i < n; i++) o[i] = w[i] ? t[i] : f[i];
}

export function select_u8(o: Uint8Array, w: Uint8Array, f: Uint8Array, t: Uint8Array, n: number): void {
  for (let i = 0; i < n; i++) o[i] = w[i] ? t[i] : f[i];
}

// ---- clamp between scalar bounds ----

/** float32: operand and bounds flushed, the result too (lo and hi arrive flushed). */
export function clamp_f32(o: Float32Array, x: Float32Array, n: number, lo: number, hi: number): void {
  for (let i = 0; i < n; i++) o[i] = ftz(Math.min(Math.max(ftz(x[i]), lo), hi));
}

export function clamp_i32(o: Int32Array, x: Int32Array, n: number, lo: number, hi: number): void {
  for (let i = 0; i < n; i++) o[i] = Math.min(Math.max(x[i], lo), hi);
}

// ---- conversions the typed arrays' own \`set\` does not do ----

/** float32 to int32: truncation, saturation; NaN becomes 0 (the Int32Array store of NaN). */
export function f32_to_i32(o: Int32Array, x: Float32Array, n: number): void {
  for (let i = 0; i < n; i++) {
    const v = x[i];
    o[i] = v <= -2147483648 ? -2147483648 : v >= 2147483647 ? 2147483647 : v;
  }
}

/** float32 to bool: != 0 after flushing (a denormal is false, NaN true). */
export function f32_to_bool(o: Uint8Array, x: Float32Array, n: number): void {
  for (let i = 0; i < n; i++) o[i] = ftz(x[i]) !== 0 ? 1 : 0;
}

export function i32_to_bool(o: Uint8Array, x: Int32Array, n: number): void {
  for (let i = 0; i < n; i++) o[i] = x[i] !== 0 ? 1 : 0;
}

/** flushDenormal over a whole float32 array. */
export function flush_f32(o: Float32Array, x: Float32Array, n: number): void {
  for (let i = 0; i < n; i++) o[i] = ftz(x[i]);
}
`;

// ---- float32 multiply-add with one rounding (XLA's contracted FMA; runtime/cpu/xla-eval.ts) ----

/** The three contractions: a·b + c, a·b − c, c − a·b. */
const FMA_VARIANTS = { add: "p + w", subAddend: "p - w", subProduct: "w - p" } as const;
type FmaVariant = keyof typeof FMA_VARIANTS;

/**
 * One function per contraction, with a loop per broadcasting mode (bit 4: a advances along the run,
 * 2: b, 1: c; 8: the operands hold no denormals), so that each loop reads only what moves.
 */
function fmaFunction(variant: FmaVariant): string {
  const branches: string[] = [];
  for (let mode = 15; mode >= 0; mode--) {
    const operands = [
      ["x", "a", "ao", mode & 4],
      ["y", "b", "bo", mode & 2],
      ["z", "c", "co", mode & 1],
    ] as const;
    // With FMA_CLEAN (8), the operands hold no denormals: those that move are read without flushing.
    const readMoving = (e: string): string => (mode & 8 ? e : `ftz(${e})`);
    const fixed = operands.filter((op) => !op[3]).map(([v, arr, off]) => `const ${v} = ftz(${arr}[${off}]);`);
    const moving = operands
      .filter((op) => op[3])
      .map(([v, arr, off]) => `const ${v} = ${readMoving(`${arr}[${off} + i]`)};`);
    branches.push(`${mode === 15 ? "" : "} else "}if (mode === ${mode}) {
    ${fixed.join("\n    ")}
    for (let i = 0; i < n; i++) {
      ${moving.join("\n      ")}
      const p = x * y;
      const w = z;
      o[oo + i] = ftz(Math.fround(${FMA_VARIANTS[variant]}));
    }`);
  }
  return `export function fma_${variant}_f32(o: Float32Array, oo: number, a: Float32Array, ao: number, b: Float32Array, bo: number, c: Float32Array, co: number, n: number, mode: number): void {
  ${branches.join("\n  ")}
  }
}
`;
}

const FMA = `
// ---- float32 multiply-add with one rounding ----

/**
 * One run of a contracted multiply-add: the product of the flushed factors is exact in a double, and the
 * sum rounds once to float32. \`mode\` says which operands advance along the run: 4 a, 2 b, 1 c; and
 * FMA_CLEAN (8) that they hold no denormals.
 */
export type TernaryLoop = (
  o: Float32Array, oo: number, a: Float32Array, ao: number, b: Float32Array, bo: number,
  c: Float32Array, co: number, n: number, mode: number,
) => void;

${(Object.keys(FMA_VARIANTS) as FmaVariant[]).map(fmaFunction).join("\n")}
/** Multiply-add loops' mode bit: the operands hold no denormals (ArrayValue.holdsNoDenormals). */
export const FMA_CLEAN = 8;

export const FMA_LOOPS: Readonly<Record<"add" | "subAddend" | "subProduct", TernaryLoop>> = {
  add: fma_add_f32,
  subAddend: fma_subAddend_f32,
  subProduct: fma_subProduct_f32,
};
`;

/** The loops whose float32 results are flushed: what they write holds no denormal. */
function flushingSet(): string {
  const names = [...binary, ...unary]
    .filter((s) => s.out === "Float32Array" && s.flushOut === "ftz")
    .map((s) => `${s.op}_${SHORT[s.dtype]}`);
  return `\n/** The loops whose float32 results are flushed (XLA's FTZ): what they write holds no denormal. */
export const FLUSHING_LOOPS: ReadonlySet<BinaryLoop | UnaryLoop> = new Set<BinaryLoop | UnaryLoop>([${names.join(", ")}]);\n`;
}

export const KERNELS_PATH = path.join(import.meta.dirname, "../engine/runtime/cpu/kernels.generated.ts");

/** The generated module's text, formatted as the repository's Prettier settings say. */
export async function generateKernels(): Promise<string> {
  const parts = [HEADER, "\n// ---- binary ----\n\n"];
  for (const s of binary) parts.push(binaryFunction(s), "\n");
  parts.push(table(binary, "BinaryLoop", "BINARY_LOOPS"));
  parts.push("\n// ---- unary ----\n\n");
  for (const s of unary) parts.push(unaryFunction(s), "\n");
  parts.push(table(unary, "UnaryLoop", "UNARY_LOOPS"));
  parts.push(flushingSet());
  parts.push(SPECIAL, FMA);
  const options = await prettier.resolveConfig(KERNELS_PATH);
  return prettier.format(parts.join(""), { ...options, filepath: KERNELS_PATH });
}

if (import.meta.main) {
  fs.writeFileSync(KERNELS_PATH, await generateKernels());
  console.log(`wrote ${path.relative(process.cwd(), KERNELS_PATH)}`);
}
