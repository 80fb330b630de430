// The CPU kernels of the elementwise primitives against real JAX 0.10.2 (fixtures/gen_elementwise.py):
// bit for bit where Traceur copies XLA's arithmetic (IEEE operations, XLA's exp/log/tanh/logistic/erf,
// denormals flushed, division by constants, integer wrap-around, conversions), within a few ulps elsewhere.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import "../../../engine/register.ts";
import { ShapedArray } from "../../../engine/core/aval.ts";
import { type DType } from "../../../engine/core/dtypes.ts";
import { lookupPrimitive } from "../../../engine/core/primitive.ts";
import { bind1 } from "../../../engine/core/trace.ts";
import { ArrayValue } from "../../../engine/core/values.ts";
import type { Params } from "../../../engine/ir/jaxpr.ts";
import { expF32, flushDenormal, logF32, tanhF32 } from "../../../engine/runtime/cpu/xla-math.ts";

interface Encoded {
  readonly dtype: DType;
  readonly shape: number[];
  readonly bits?: string[];
  readonly values?: number[];
}

interface Case {
  readonly kind: "bitexact" | "approx";
  readonly primitive: string;
  readonly inputs: Encoded[];
  readonly params: Params;
  readonly output: Encoded;
  readonly exact: boolean;
  readonly constantInputs?: boolean[];
}

const fixture = JSON.parse(
  fs.readFileSync(path.join(import.meta.dirname, "fixtures/elementwise-cases.json"), "utf8"),
) as { cases: Case[] };

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

function halfBitsToNumber(b: number, bfloat: boolean): number {
  if (bfloat) {
    u32[0] = b << 16;
    return f32[0];
  }
  const sign = b & 0x8000 ? -1 : 1;
  const e = (b >> 10) & 0x1f;
  const m = b & 0x3ff;
  if (e === 0) return sign * m * 2 ** -24;
  if (e === 31) return m ? NaN : sign * Infinity;
  return sign * (1 + m / 1024) * 2 ** (e - 15);
}

function decode(e: Encoded): number[] {
  if (e.values) return e.values;
  const bits = (e.bits ?? []).map((h) => parseInt(h, 16));
  if (e.dtype === "float32") {
    return bits.map((b) => {
      u32[0] = b;
      return f32[0];
    });
  }
  return bits.map((b) => halfBitsToNumber(b, e.dtype === "bfloat16"));
}

function toValue(e: Encoded, constant: boolean): ArrayValue {
  return ArrayValue.fromNumbers(
    new ShapedArray(e.shape, e.dtype, false),
    decode(e),
    constant ? "numpy" : "jax",
  );
}

function run(c: Case): ArrayValue {
  const inputs = c.inputs.map((e, i) => toValue(e, c.constantInputs?.[i] ?? false));
  return bind1(lookupPrimitive(c.primitive), inputs, c.params) as ArrayValue;
}

/** Distance in units in the last place between two float32 values (NaNs equal to each other). */
function ulps(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b) ? 0 : Infinity;
  if (a === b) return 0;
  const ordered = (v: number): number => {
    f32[0] = v;
    const bits = u32[0];
    return bits & 0x80000000 ? -(bits & 0x7fffffff) : bits;
  };
  return Math.abs(ordered(a) - ordered(b));
}

function describeCase(c: Case): string {
  const types = c.inputs.map((i) => i.dtype).join(",");
  const params = Object.keys(c.params).length ? JSON.stringify(c.params) : "";
  const consts = c.constantInputs ? " (constant divisor)" : "";
  return `${c.primitive}${params}(${types})${consts}`;
}

describe("elementwise kernels match JAX on the CPU", () => {
  const seen = new Map<string, number>();
  for (const c of fixture.cases) {
    const base = describeCase(c);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const name = n > 1 ? `${base} #${n}` : base;
    test(name, () => {
      const got = run(c);
      expect(got.dtype).toBe(c.output.dtype);
      expect([...got.shape]).toEqual(c.output.shape);
      const want = decode(c.output);
      const have = Array.from(got.data as ArrayLike<number>);
      if (c.kind === "bitexact") {
        const mismatches = have.flatMap((v, i) =>
          Object.is(v, want[i]) || (Number.isNaN(v) && Number.isNaN(want[i])) ? [] : [i],
        );
        expect(
          mismatches
            .slice(0, 5)
            .map((i) => [c.inputs.map((e) => decode(e)[i] ?? decode(e)[0]), want[i], have[i]]),
        ).toEqual([]);
      } else {
        // Not XLA's approximation yet: the float32 result within 1e-6 relative (a few ulps) of JAX's.
        const denormalInput = (i: number): boolean =>
          c.inputs.some((e) => {
            const v = decode(e)[i];
            return v !== 0 && Math.abs(v) < 1.1754943508222875e-38;
          });
        const bad = have.flatMap((v, i) => {
          const w = want[i];
          if (denormalInput(i)) return [];
          const close = ulps(v, w) <= 16 || Math.abs(v - w) <= 1e-6 * Math.abs(w) || Math.abs(v - w) < 1e-37;
          return close ? [] : [[decode(c.inputs[0])[i], w, v]];
        });
        expect(bad.slice(0, 5)).toEqual([]);
      }
    });
  }
});

describe("XLA's float32 math", () => {
  test("exp saturates and flushes like XLA", () => {
    expect(expF32(0)).toBe(1);
    expect(expF32(89)).toBe(Infinity);
    expect(expF32(-88)).toBe(0);
    expect(expF32(-Infinity)).toBe(0);
    expect(Number.isNaN(expF32(NaN))).toBe(true);
  });
  test("log of zero, negatives and denormals", () => {
    expect(logF32(0)).toBe(-Infinity);
    expect(logF32(1e-39)).toBe(-Infinity);
    expect(Number.isNaN(logF32(-1))).toBe(true);
    expect(logF32(1)).toBe(0);
  });
  test("tanh keeps tiny inputs and saturates", () => {
    expect(tanhF32(Math.fround(1e-5))).toBe(Math.fround(1e-5));
    expect(tanhF32(1e-39)).toBe(1e-39);
    expect(tanhF32(20)).toBe(1);
    expect(tanhF32(-20)).toBe(-1);
  });
  test("denormals flush to a zero of the same sign", () => {
    expect(Object.is(flushDenormal(-1e-39), -0)).toBe(true);
    expect(flushDenormal(1e-38)).toBe(0);
    expect(flushDenormal(1.2e-38)).toBe(1.2e-38);
  });
});
