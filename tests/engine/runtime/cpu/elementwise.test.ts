// The elementwise CPU loops (runtime/cpu/elementwise.ts, kernels.generated.ts):
// - against real JAX 0.10.2 (fixtures/gen_kernels.py) for each loop shape and dtype, bit for bit;
// - against the per-element definitions they replace (flushDenormal around the IEEE operation, integer
//   wrap-around), on larger arrays and more broadcasting patterns, bit for bit;
// - the run decomposition of broadcast shapes.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import "../../../../engine/register.ts";
import { ShapedArray, type Shape } from "../../../../engine/core/aval.ts";
import { type DType } from "../../../../engine/core/dtypes.ts";
import { lookupPrimitive } from "../../../../engine/core/primitive.ts";
import { allocate, type TypedArray } from "../../../../engine/core/storage.ts";
import { bind1 } from "../../../../engine/core/trace.ts";
import { ArrayValue } from "../../../../engine/core/values.ts";
import type { Params } from "../../../../engine/ir/jaxpr.ts";
import {
  mapBinary,
  mapTernary,
  runBinary,
  runsOf,
  runUnary,
} from "../../../../engine/runtime/cpu/elementwise.ts";
import { BINARY_LOOPS, UNARY_LOOPS } from "../../../../engine/runtime/cpu/kernels.generated.ts";
import {
  erfcF32,
  erfF32,
  erfInvF32,
  log1pF32,
  exp2F32,
  expF32,
  flushDenormal,
  logF32,
  logisticF32,
  tanhF32,
} from "../../../../engine/runtime/cpu/xla-math.ts";

// ---- encoding shared with the fixture ----

interface Encoded {
  readonly dtype: DType;
  readonly shape: number[];
  readonly bits?: string[];
  readonly values?: number[];
}

interface Case {
  readonly primitive: string;
  readonly inputs: Encoded[];
  readonly params: Params;
  readonly output: Encoded;
}

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

function decode(e: Encoded): number[] {
  if (e.values) return e.values;
  const bits = (e.bits ?? []).map((h) => parseInt(h, 16));
  if (e.dtype === "float32") {
    return bits.map((b) => {
      u32[0] = b;
      return f32[0];
    });
  }
  // float16
  return bits.map((b) => {
    const sign = b & 0x8000 ? -1 : 1;
    const e = (b >> 10) & 0x1f;
    const m = b & 0x3ff;
    if (e === 0) return sign * m * 2 ** -24;
    if (e === 31) return m ? NaN : sign * Infinity;
    return sign * (1 + m / 1024) * 2 ** (e - 15);
  });
}

const value = (dtype: DType, shape: Shape, xs: ArrayLike<number>): ArrayValue =>
  ArrayValue.fromNumbers(new ShapedArray(shape, dtype, false), xs);

const same = (a: number, b: number): boolean => Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b));

/** The first few positions where two arrays differ, bit for bit (-0 is not 0; NaNs are equal). */
function mismatches(have: ArrayLike<number>, want: ArrayLike<number>): [number, number, number][] {
  const bad: [number, number, number][] = [];
  for (let i = 0; i < want.length && bad.length < 5; i++)
    if (!same(have[i], want[i])) bad.push([i, want[i], have[i]]);
  return bad;
}

// ---- against JAX ----

const fixture = JSON.parse(
  fs.readFileSync(path.join(import.meta.dirname, "fixtures/kernel-cases.json"), "utf8"),
) as { cases: Case[] };

describe("elementwise loops match JAX on the CPU, for every loop shape", () => {
  const seen = new Map<string, number>();
  test("many float32 cases have operands without denormals, which the loops read unflushed", () => {
    const clean = fixture.cases.filter(
      (c) =>
        c.inputs.every((e) => e.dtype === "float32") &&
        c.inputs.every((e) => value(e.dtype, e.shape, decode(e)).holdsNoDenormals()),
    );
    expect(clean.filter((c) => c.inputs.length === 2).length).toBeGreaterThanOrEqual(13 * 15);
    expect(clean.filter((c) => c.inputs.length === 1).length).toBeGreaterThanOrEqual(14);
  });
  for (const c of fixture.cases) {
    const shapes = c.inputs.map((i) => `${i.dtype}[${i.shape.join(",")}]`).join(" ");
    const params = Object.keys(c.params).length ? JSON.stringify(c.params) : "";
    const base = `${c.primitive}${params} ${shapes}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    test(n > 1 ? `${base} #${n}` : base, () => {
      const inputs = c.inputs.map((e) => value(e.dtype, e.shape, decode(e)));
      const got = bind1(lookupPrimitive(c.primitive), inputs, c.params) as ArrayValue;
      expect(got.dtype).toBe(c.output.dtype);
      expect([...got.shape]).toEqual(c.output.shape);
      expect(mismatches(got.data, decode(c.output))).toEqual([]);
    });
  }
});

// ---- against the per-element definitions ----

const MIN = 1.1754943508222875e-38;
const POOL_F32 = [
  0,
  -0,
  1,
  -1,
  0.5,
  2.5,
  -7.25,
  1e-39,
  -1e-39,
  1e-45,
  -1e-45,
  MIN,
  -MIN,
  1.5e-38,
  1.4e-38,
  -1.3e-38,
  1e-20,
  -1e-20,
  3e-19,
  3e38,
  -3e38,
  Infinity,
  -Infinity,
  NaN,
  0.1,
  -0.3,
].map(Math.fround);
const POOL_I32 = [0, 1, -1, 2, -2, 7, -7, -2147483648, 2147483647, 65536, 46341, 123456789];

/** A deterministic pseudo-random stream (xorshift32). */
function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 2 ** 32;
  };
}

function randomValues(dtype: DType, size: number, next: () => number): number[] {
  return Array.from({ length: size }, () => {
    if (dtype === "float32") {
      return next() < 0.6 ? POOL_F32[Math.floor(next() * POOL_F32.length)] : Math.fround((next() - 0.5) * 20);
    }
    if (dtype === "int32") {
      return next() < 0.5
        ? POOL_I32[Math.floor(next() * POOL_I32.length)]
        : Math.floor((next() - 0.5) * 2000);
    }
    return next() < 0.5 ? 1 : 0;
  });
}

type K2 = (a: number, b: number) => number;
const fl = flushDenormal;
const flushed2 =
  (k: K2): K2 =>
  (a, b) =>
    fl(k(fl(a), fl(b)));
const bit = (c: boolean): number => (c ? 1 : 0);
const COMPARE: Record<string, K2> = {
  eq: (a, b) => bit(a === b),
  ne: (a, b) => bit(a !== b),
  lt: (a, b) => bit(a < b),
  le: (a, b) => bit(a <= b),
  gt: (a, b) => bit(a > b),
  ge: (a, b) => bit(a >= b),
};
const nanMax: K2 = (a, b) => (Number.isNaN(a) || Number.isNaN(b) ? NaN : Math.max(a, b));
const nanMin: K2 = (a, b) => (Number.isNaN(a) || Number.isNaN(b) ? NaN : Math.min(a, b));

/** What each generated binary loop computes, one element at a time, as the kernels it replaces did. */
const REFERENCE_BINARY: Record<string, Partial<Record<DType, K2>>> = {
  add: { float32: flushed2((a, b) => a + b), int32: (a, b) => a + b },
  sub: { float32: flushed2((a, b) => a - b), int32: (a, b) => a - b },
  mul: { float32: flushed2((a, b) => a * b), int32: Math.imul, bool: (a, b) => a & b },
  div: { float32: flushed2((a, b) => a / b), int32: (a, b) => (b === 0 ? -1 : Math.trunc(a / b)) },
  rem: { float32: (a, b) => a % fl(b), int32: (a, b) => (b === 0 ? a : a % b) },
  max: { float32: flushed2(nanMax), int32: nanMax, bool: nanMax },
  min: { float32: flushed2(nanMin), int32: nanMin, bool: nanMin },
  and: { int32: (a, b) => a & b, bool: (a, b) => a & b },
  or: { int32: (a, b) => a | b, bool: (a, b) => a | b },
  xor: { int32: (a, b) => a ^ b, bool: (a, b) => a ^ b },
  ...Object.fromEntries(
    Object.entries(COMPARE).map(([op, k]) => [op, { float32: flushed2(k), int32: k, bool: k }]),
  ),
};

/** lax broadcasting, element by element: the operand's coordinate is 0 along its size-1 dimensions. */
function referenceBinary(a: ArrayValue, b: ArrayValue, out: ShapedArray, k: K2): TypedArray {
  const data = allocate(out.dtype, out.size);
  const shape = out.shape;
  const index = (v: ArrayValue, coords: number[]): number =>
    v.shape.reduce((acc, d, ax) => acc * d + (d === 1 ? 0 : coords[ax]), 0);
  for (let i = 0; i < out.size; i++) {
    const coords: number[] = [];
    let rest = i;
    for (let ax = shape.length - 1; ax >= 0; ax--) {
      coords[ax] = rest % shape[ax];
      rest = Math.floor(rest / shape[ax]);
    }
    data[i] = k(a.data[index(a, coords)], b.data[index(b, coords)]);
  }
  return data;
}

const PATTERNS: [Shape, Shape][] = [
  [
    [4, 6],
    [4, 6],
  ],
  [[], [4, 6]],
  [[4, 6], []],
  [[], []],
  [[7], [1]],
  [[1], [7]],
  [
    [5, 6],
    [1, 6],
  ],
  [
    [5, 6],
    [5, 1],
  ],
  [
    [5, 1],
    [1, 6],
  ],
  [
    [1, 6],
    [5, 1],
  ],
  [
    [2, 1, 3, 4],
    [1, 5, 3, 1],
  ],
  [
    [3, 1, 1, 4],
    [3, 2, 5, 4],
  ],
  [
    [2, 3, 1],
    [2, 3, 1],
  ],
  [
    [1, 1],
    [6, 1],
  ],
  [
    [0, 4],
    [1, 4],
  ],
  [
    [3, 0],
    [3, 1],
  ],
];

function broadcastShape(a: Shape, b: Shape): Shape {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  return a.map((d, i) => (d === 1 ? b[i] : d));
}

describe("generated binary loops compute what the per-element kernels did, bit for bit", () => {
  let seed = 1;
  for (const [op, byDType] of Object.entries(BINARY_LOOPS)) {
    for (const [dtype, loop] of Object.entries(byDType) as [DType, NonNullable<(typeof byDType)[DType]>][]) {
      const reference = REFERENCE_BINARY[op]?.[dtype];
      test(`${op} ${dtype}`, () => {
        expect(reference, `no reference for ${op} ${dtype}`).toBeDefined();
        const next = rng(seed++);
        for (const [sa, sb] of PATTERNS) {
          const outShape = broadcastShape(sa, sb);
          const outDType: DType = op in COMPARE ? "bool" : dtype;
          const size = (s: Shape): number => s.reduce((p, d) => p * d, 1);
          const a = value(dtype, sa, randomValues(dtype, size(sa), next));
          const b = value(dtype, sb, randomValues(dtype, size(sb), next));
          const out = new ShapedArray(outShape, outDType, false);
          const got = runBinary(loop, a, b, out);
          const want = referenceBinary(a, b, out, reference!);
          expect([`${sa}|${sb}`, mismatches(got.data, want)]).toEqual([`${sa}|${sb}`, []]);
          // The generic walk (per-element function) agrees too.
          expect(mismatches(mapBinary(a, b, out, reference!).data, want)).toEqual([]);
        }
      });
    }
  }
});

describe("optimised loops (long runs, many calls) still flush and sign zeros exactly", () => {
  // V8 compiles a loop after some thousands of iterations; these runs reach its optimising tiers.
  const n = 1 << 16;
  for (const op of ["add", "sub", "mul", "div", "max", "lt", "eq"]) {
    test(`${op} float32`, () => {
      const loop = BINARY_LOOPS[op].float32!;
      const reference = REFERENCE_BINARY[op].float32!;
      const next = rng(77);
      for (let round = 0; round < 4; round++) {
        for (const [sa, sb] of [
          [[n], [n]],
          [[n], []],
          [[], [n]],
          [
            [64, 1],
            [1, n / 64],
          ],
        ] as [Shape, Shape][]) {
          const size = (s: Shape): number => s.reduce((p, d) => p * d, 1);
          const a = value("float32", sa, randomValues("float32", size(sa), next));
          const b = value("float32", sb, randomValues("float32", size(sb), next));
          const out = new ShapedArray(broadcastShape(sa, sb), op in COMPARE ? "bool" : "float32", false);
          expect(mismatches(runBinary(loop, a, b, out).data, referenceBinary(a, b, out, reference))).toEqual(
            [],
          );
        }
      }
    });
  }
});

describe("operands known to hold no denormals are read unflushed; the others are still flushed", () => {
  // Larger than ArrayValue searches: only a flushing kernel's mark says that such an array holds none.
  const n = (1 << 16) + 8;
  const add = BINARY_LOOPS.add.float32!;
  const sub = BINARY_LOOPS.sub.float32!;
  const aval = new ShapedArray([n], "float32", false);
  const next = rng(5);

  test("a large array with a denormal is not known clean, and its denormal is flushed", () => {
    const xs = randomValues("float32", n, next);
    xs[n - 3] = 1e-39;
    const x = value("float32", [n], xs);
    const ys = value("float32", [n], randomValues("float32", n, next));
    expect(x.holdsNoDenormals()).toBe(false);
    const got = runBinary(add, x, ys, aval);
    expect(got.data[n - 3]).toBe(fl(ys.data[n - 3]));
    expect(mismatches(got.data, referenceBinary(x, ys, aval, REFERENCE_BINARY.add.float32!))).toEqual([]);
  });

  test("a flushing loop's output is known clean, and what is computed from it matches the reference", () => {
    const x = value("float32", [n], randomValues("float32", n, next));
    const y = value("float32", [n], randomValues("float32", n, next));
    const sum = runBinary(add, x, y, aval);
    expect(sum.holdsNoDenormals()).toBe(true);
    // Differences of values near the smallest normal fall below it: the result is still flushed.
    const near = value(
      "float32",
      [n],
      Array.from({ length: n }, (_, i) => Math.fround(1.2e-38 + (i % 7) * 1e-45)),
    );
    const diff = runBinary(sub, sum, near, aval);
    expect(mismatches(diff.data, referenceBinary(sum, near, aval, REFERENCE_BINARY.sub.float32!))).toEqual(
      [],
    );
  });

  test("a loop that keeps denormals (rem keeps its dividend's) does not mark its output clean", () => {
    const rem = BINARY_LOOPS.rem.float32!;
    const xs = value(
      "float32",
      [n],
      Array.from({ length: n }, (_, i) => (i % 2 ? 1e-39 : 2.5)),
    );
    const ys = value(
      "float32",
      [n],
      Array.from({ length: n }, () => 2),
    );
    const r = runBinary(rem, xs, ys, aval);
    expect(Math.fround(r.data[1])).toBe(Math.fround(1e-39));
    expect(r.holdsNoDenormals()).toBe(false);
    const zero = value("float32", [n], new Array<number>(n).fill(0));
    expect(runBinary(add, r, zero, aval).data[1]).toBe(0);
  });
});

type K1 = (v: number) => number;
const flushed1 =
  (k: K1): K1 =>
  (v) =>
    fl(k(fl(v)));

function roundHalfEven(v: number): number {
  if (!Number.isFinite(v)) return v;
  const r = Math.round(v);
  return r - v === 0.5 && r % 2 !== 0 ? r - 1 : r === 0 && v < 0 ? -0 : r;
}

const REFERENCE_UNARY: Record<string, Partial<Record<DType, K1>>> = {
  neg: { float32: (v) => -v, int32: (v) => -v },
  abs: { float32: Math.abs, int32: Math.abs },
  tanh: { float32: tanhF32 },
  sign: { float32: flushed1((v) => (Number.isNaN(v) ? NaN : Math.sign(v))), int32: Math.sign },
  floor: { float32: flushed1(Math.floor) },
  ceil: { float32: flushed1(Math.ceil) },
  square: { float32: flushed1((v) => v * v), int32: (v) => Math.imul(v, v) },
  reciprocal: { float32: flushed1((v) => 1 / v) },
  round_away: { float32: flushed1((v) => Math.sign(v) * Math.round(Math.abs(v))) },
  round_even: { float32: flushed1(roundHalfEven) },
  exp: { float32: flushed1(expF32) },
  exp2: { float32: flushed1(exp2F32) },
  log: { float32: flushed1(logF32) },
  logistic: { float32: flushed1(logisticF32) },
  erf: { float32: flushed1(erfF32) },
  erfc: { float32: flushed1(erfcF32) },
  erf_inv: { float32: flushed1(erfInvF32) },
  log1p: { float32: flushed1(log1pF32) },
  rsqrt: { float32: flushed1((v) => 1 / Math.sqrt(v)) },
  is_finite: { float32: (v) => bit(Number.isFinite(v)) },
  not: { int32: (v) => ~v, bool: (v) => (v ? 0 : 1) },
  ...Object.fromEntries(
    [
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
    ].map((f) => [f, { float32: flushed1((Math as unknown as Record<string, K1>)[f]) }]),
  ),
};

describe("generated unary loops compute what the per-element kernels did, bit for bit", () => {
  let seed = 1000;
  for (const [op, byDType] of Object.entries(UNARY_LOOPS)) {
    for (const [dtype, loop] of Object.entries(byDType) as [DType, NonNullable<(typeof byDType)[DType]>][]) {
      test(`${op} ${dtype}`, () => {
        const reference = REFERENCE_UNARY[op]?.[dtype];
        expect(reference, `no reference for ${op} ${dtype}`).toBeDefined();
        const xs = randomValues(dtype, 500, rng(seed++));
        const x = value(dtype, [500], xs);
        const out = new ShapedArray([500], op === "is_finite" ? "bool" : dtype, false);
        const want = allocate(out.dtype, 500);
        xs.forEach((v, i) => (want[i] = reference!(v)));
        expect(mismatches(runUnary(loop, x, out).data, want)).toEqual([]);
      });
    }
  }
});

describe("integer_pow, select_n, clamp and conversions", () => {
  const pow = lookupPrimitive("integer_pow");
  test("float32 integer_pow rounds and flushes each product", () => {
    // 1e-20 ** 2 is below float32's normal range: flushed to zero, of the operand's sign for odd powers.
    const x = value("float32", [4], [1e-20, -1e-20, 3, -1e-39]);
    const sq = bind1(pow, [x], { y: 2 }) as ArrayValue;
    expect([...sq.data]).toEqual([0, 0, 9, 0]);
    const cube = bind1(pow, [x], { y: 3 }) as ArrayValue;
    expect(Object.is(cube.data[1], -0)).toBe(true);
    expect(cube.data[2]).toBe(27);
    // y = 1 keeps the operand as it is, a denormal included.
    expect((bind1(pow, [x], { y: 1 }) as ArrayValue).data[3]).toBe(Math.fround(-1e-39));
    const inv = bind1(pow, [value("float32", [2], [1e-39, 4])], { y: -1 }) as ArrayValue;
    expect([...inv.data]).toEqual([Infinity, 0.25]);
  });
  test("int32 integer_pow wraps", () => {
    const r = bind1(pow, [value("int32", [3], [65536, -3, 46341])], { y: 2 }) as ArrayValue;
    expect([...r.data]).toEqual([0, 9, Math.imul(46341, 46341)]);
  });
  test("select_n with a scalar predicate copies the chosen case", () => {
    const f = value("float32", [3], [1, 2, 3]);
    const t = value("float32", [3], [4, 5, 6]);
    const r = bind1(lookupPrimitive("select_n"), [value("bool", [], [1]), f, t], {}) as ArrayValue;
    expect([...r.data]).toEqual([4, 5, 6]);
    expect(r.data).not.toBe(t.data);
  });
  test("select_n with an int32 predicate and three cases takes the generic path", () => {
    const cases = [0, 1, 2].map((k) => value("float32", [4], [k, k, k, k]));
    const which = value("int32", [4], [2, 0, 1, 2]);
    const r = bind1(lookupPrimitive("select_n"), [which, ...cases], {}) as ArrayValue;
    expect([...r.data]).toEqual([2, 0, 1, 2]);
  });
  test("clamp with array bounds takes the generic path", () => {
    const r = bind1(
      lookupPrimitive("clamp"),
      [
        value("float32", [3], [0, 0, 0]),
        value("float32", [3], [-1, 1e-39, 5]),
        value("float32", [3], [2, 2, 2]),
      ],
      {},
    ) as ArrayValue;
    expect([...r.data]).toEqual([0, 0, 2]);
  });
  test("convert_element_type float32 to float32 keeps denormals", () => {
    const x = value("float32", [2], [1e-39, -2]);
    const r = bind1(lookupPrimitive("convert_element_type"), [x], {
      new_dtype: "float32",
      weak_type: true,
    }) as ArrayValue;
    expect([...r.data]).toEqual([Math.fround(1e-39), -2]);
    expect(r.data).not.toBe(x.data);
  });
});

describe("broadcast runs", () => {
  test("same shapes are one run, size-1 dimensions dropped", () => {
    expect(
      runsOf(
        [3, 1, 4],
        [
          [3, 1, 4],
          [3, 1, 4],
        ],
      ),
    ).toEqual({ sizes: [12], strides: [[1], [1]] });
  });
  test("a scalar stays on its element", () => {
    expect(runsOf([3, 4], [[3, 4], []])).toEqual({ sizes: [12], strides: [[1], [0]] });
  });
  test("a row against a column: one run per row", () => {
    expect(
      runsOf(
        [3, 4],
        [
          [3, 1],
          [1, 4],
        ],
      ),
    ).toEqual({
      sizes: [3, 4],
      strides: [
        [1, 0],
        [0, 1],
      ],
    });
  });
  test("dimensions merge where every operand is contiguous or broadcast across them", () => {
    expect(
      runsOf(
        [2, 3, 4, 5],
        [
          [2, 3, 4, 5],
          [1, 1, 4, 5],
        ],
      ),
    ).toEqual({
      sizes: [6, 20],
      strides: [
        [20, 1],
        [0, 1],
      ],
    });
    expect(
      runsOf(
        [2, 3, 4],
        [
          [2, 1, 1],
          [2, 3, 4],
        ],
      ),
    ).toEqual({
      sizes: [2, 12],
      strides: [
        [1, 0],
        [12, 1],
      ],
    });
  });
  test("a scalar output is one run of one element", () => {
    expect(runsOf([], [[], []])).toEqual({ sizes: [1], strides: [[0], [0]] });
    expect(runsOf([1, 1], [[1, 1], []])).toEqual({ sizes: [1], strides: [[0], [0]] });
  });
  test("the generic ternary walk broadcasts as lax does", () => {
    const a = value("float32", [2, 1], [1, 2]);
    const b = value("float32", [1, 3], [10, 20, 30]);
    const c = value("float32", [], [100]);
    const r = mapTernary(a, b, c, new ShapedArray([2, 3], "float32", false), (x, y, z) => x * y + z);
    expect([...r.data]).toEqual([110, 120, 130, 120, 140, 160]);
  });
});

describe("broadcast_in_dim copies and fills runs", () => {
  const cases: [Shape, Shape, number[]][] = [
    [[3], [2, 3], [1]],
    [[3], [3, 2], [0]],
    [
      [2, 1, 70],
      [2, 5, 70],
      [0, 1, 2],
    ],
    [
      [4, 1],
      [4, 3, 2],
      [0, 2],
    ],
    [
      [2, 3],
      [2, 4, 3],
      [0, 2],
    ],
    [
      [1, 1],
      [3, 0],
      [0, 1],
    ],
  ];
  for (const [inShape, outShape, dims] of cases) {
    test(`[${inShape}] to [${outShape}] along ${dims}`, () => {
      const size = inShape.reduce((p, d) => p * d, 1);
      const x = value(
        "int32",
        inShape,
        Array.from({ length: size }, (_, i) => i + 1),
      );
      const r = bind1(lookupPrimitive("broadcast_in_dim"), [x], {
        shape: outShape,
        broadcast_dimensions: dims,
        sharding: null,
      }) as ArrayValue;
      // out[c] = x[c at dims], coordinate 0 along x's size-1 dimensions.
      const want: number[] = [];
      const total = outShape.reduce((p, d) => p * d, 1);
      for (let i = 0; i < total; i++) {
        const coords: number[] = [];
        let rest = i;
        for (let ax = outShape.length - 1; ax >= 0; ax--) {
          coords[ax] = rest % outShape[ax];
          rest = Math.floor(rest / outShape[ax]);
        }
        want.push(x.data[inShape.reduce((acc, d, k) => acc * d + (d === 1 ? 0 : coords[dims[k]]), 0)]);
      }
      expect([...r.data]).toEqual(want);
    });
  }
});
