// Reduction and cumulative primitives: shape/dtype rules and errors against JAX 0.10.2 (fixtures/
// reduce_dot_rules.json, made by fixtures/reduce_dot_rules.py under .venv-jax), and the CPU kernels against
// float64 references computed here.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ShapedArray } from "../../../engine/core/aval.ts";
import type { DType } from "../../../engine/core/dtypes.ts";
import { EngineError } from "../../../engine/core/errors.ts";
import type { Primitive } from "../../../engine/core/primitive.ts";
import { bind1 } from "../../../engine/core/trace.ts";
import { ArrayValue } from "../../../engine/core/values.ts";
import type { Params } from "../../../engine/ir/jaxpr.ts";
import * as C from "../../../engine/lax/primitives/cumulative.ts";
import * as R from "../../../engine/lax/primitives/reduce.ts";

interface RuleCase {
  prim: string;
  operand: [number[], string];
  params: Record<string, unknown>;
  shape?: number[];
  dtype?: string;
  weak_type?: boolean;
  error?: string;
  message?: string;
}

const SHORT: Record<string, DType> = {
  f32: "float32",
  f16: "float16",
  bf16: "bfloat16",
  i32: "int32",
  i8: "int8",
  u8: "uint8",
  u32: "uint32",
  bool: "bool",
};

const RULE_CASES: RuleCase[] = JSON.parse(
  fs.readFileSync(path.join(import.meta.dirname, "fixtures/reduce_dot_rules.json"), "utf8"),
);

const PRIMS: Record<string, Primitive<Params>> = {
  reduce_sum: R.reduceSumP,
  reduce_prod: R.reduceProdP,
  reduce_max: R.reduceMaxP,
  reduce_min: R.reduceMinP,
  reduce_and: R.reduceAndP,
  reduce_or: R.reduceOrP,
  reduce_xor: R.reduceXorP,
  argmax: R.argmaxP,
  argmin: R.argminP,
  cumsum: C.cumsumP,
  cumprod: C.cumprodP,
  cummax: C.cummaxP,
  cummin: C.cumminP,
  cumlogsumexp: C.cumlogsumexpP,
} as unknown as Record<string, Primitive<Params>>;

function paramsOf(c: RuleCase): Params {
  const p = c.params;
  if (c.prim === "reduce_sum") return { axes: p.axes as number[], out_sharding: null };
  if (c.prim.startsWith("reduce_")) return { axes: p.axes as number[] };
  if (c.prim.startsWith("arg"))
    return { axes: [p.axis as number], index_dtype: SHORT[p.index_dtype as string] };
  return { axis: p.axis as number, reverse: Boolean(p.reverse) };
}

describe("shape and dtype rules, as JAX's", () => {
  for (const c of RULE_CASES.filter((r) => r.prim !== "dot_general")) {
    it(`${c.prim} ${JSON.stringify(c.operand)} ${JSON.stringify(c.params)}`, () => {
      const aval = new ShapedArray(c.operand[0], SHORT[c.operand[1]], false);
      const run = () => PRIMS[c.prim].rules.abstractEval([aval], paramsOf(c));
      if (c.error) {
        let err: unknown;
        try {
          run();
        } catch (e) {
          err = e;
        }
        expect(err).toBeInstanceOf(EngineError);
        expect((err as EngineError).pyType).toBe(c.error);
        expect((err as EngineError).message.split("\n")[0]).toBe(c.message);
      } else {
        const [out] = run();
        expect([...out.shape]).toEqual(c.shape);
        expect(out.dtype).toBe(c.dtype);
        expect(out.weakType).toBe(c.weak_type);
      }
    });
  }
});

// ---- kernels ----

function rand(n: number, seed: number): number[] {
  let s = seed;
  return Array.from({ length: n }, () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return (s / 2 ** 31) * 4 - 2;
  });
}

const arr = (shape: number[], dtype: DType, data: number[]): ArrayValue =>
  ArrayValue.fromNumbers(new ShapedArray(shape, dtype, false), data);

/** Reference reduction over `axes` of a row-major array, in float64. */
function refReduce(
  shape: number[],
  data: number[],
  axes: number[],
  init: number,
  f: (a: number, b: number) => number,
) {
  const outShape = shape.filter((_, i) => !axes.includes(i));
  const outSize = outShape.reduce((a, b) => a * b, 1);
  const out = new Array<number>(outSize).fill(init);
  const idx = new Array<number>(shape.length).fill(0);
  for (let i = 0; i < data.length; i++) {
    let o = 0;
    shape.forEach((_, d) => {
      if (!axes.includes(d)) o = o * shape[d] + idx[d];
    });
    out[o] = f(out[o], data[i]);
    for (let d = shape.length - 1; d >= 0; d--) {
      if (++idx[d] < shape[d]) break;
      idx[d] = 0;
    }
  }
  return out;
}

const close = (got: ArrayLike<number>, want: number[], rel = 1e-6) => {
  expect(got.length).toBe(want.length);
  for (let i = 0; i < want.length; i++) {
    expect(Math.abs(got[i] - want[i])).toBeLessThanOrEqual(rel * Math.max(1, Math.abs(want[i])));
  }
};

describe("reduction kernels", () => {
  const shape = [3, 5, 4];
  const data = rand(60, 7);
  const x = arr(shape, "float32", data);
  const f32 = Array.from(x.data as Float32Array);
  for (const axes of [[0], [1], [2], [0, 2], [0, 1, 2], []]) {
    it(`reduce_sum/max/min/prod over ${JSON.stringify(axes)}`, () => {
      const sum = bind1(R.reduceSumP, [x], { axes, out_sharding: null }) as ArrayValue;
      close(
        sum.data,
        refReduce(shape, f32, axes, 0, (a, b) => a + b),
      );
      const mx = bind1(R.reduceMaxP, [x], { axes }) as ArrayValue;
      expect(Array.from(mx.data)).toEqual(refReduce(shape, f32, axes, -Infinity, Math.max).map(Math.fround));
      const mn = bind1(R.reduceMinP, [x], { axes }) as ArrayValue;
      expect(Array.from(mn.data)).toEqual(refReduce(shape, f32, axes, Infinity, Math.min).map(Math.fround));
      const pr = bind1(R.reduceProdP, [x], { axes }) as ArrayValue;
      close(
        pr.data,
        refReduce(shape, f32, axes, 1, (a, b) => a * b),
        1e-5,
      );
    });
  }

  it("int32 sums and products wrap around", () => {
    const big = arr([3], "int32", [2 ** 31 - 1, 1, 5]);
    expect(
      Array.from((bind1(R.reduceSumP, [big], { axes: [0], out_sharding: null }) as ArrayValue).data),
    ).toEqual([-(2 ** 31) + 5]);
    const p = arr([2], "int32", [65536, 65537]);
    expect(Array.from((bind1(R.reduceProdP, [p], { axes: [0] }) as ArrayValue).data)).toEqual([65536]);
    const u = arr([2], "uint8", [200, 100]);
    expect(
      Array.from((bind1(R.reduceSumP, [u], { axes: [0], out_sharding: null }) as ArrayValue).data),
    ).toEqual([44]);
  });

  it("max and min propagate NaN; empty reductions give the identity", () => {
    const n = arr([3], "float32", [1, NaN, 3]);
    expect(Number.isNaN((bind1(R.reduceMaxP, [n], { axes: [0] }) as ArrayValue).data[0])).toBe(true);
    const e = arr([0, 2], "int32", []);
    expect(Array.from((bind1(R.reduceMaxP, [e], { axes: [0] }) as ArrayValue).data)).toEqual([
      -(2 ** 31),
      -(2 ** 31),
    ]);
    const b = arr([0], "bool", []);
    expect(Array.from((bind1(R.reduceAndP, [b], { axes: [0] }) as ArrayValue).data)).toEqual([1]);
    expect(Array.from((bind1(R.reduceOrP, [b], { axes: [0] }) as ArrayValue).data)).toEqual([0]);
  });

  it("logical reductions on bools and integers", () => {
    const b = arr([2, 3], "bool", [1, 0, 1, 1, 1, 1]);
    expect(Array.from((bind1(R.reduceAndP, [b], { axes: [1] }) as ArrayValue).data)).toEqual([0, 1]);
    expect(Array.from((bind1(R.reduceXorP, [b], { axes: [0] }) as ArrayValue).data)).toEqual([0, 1, 0]);
    const i = arr([3], "uint8", [0b1100, 0b1010, 0b1111]);
    expect(Array.from((bind1(R.reduceAndP, [i], { axes: [0] }) as ArrayValue).data)).toEqual([0b1000]);
  });

  it("argmax and argmin take the first best index, and the first NaN", () => {
    const x2 = arr([2, 4], "float32", [1, 5, 5, 2, NaN, 1, NaN, 0]);
    expect(
      Array.from((bind1(R.argmaxP, [x2], { axes: [1], index_dtype: "int32" }) as ArrayValue).data),
    ).toEqual([1, 0]);
    expect(
      Array.from((bind1(R.argminP, [x2], { axes: [1], index_dtype: "int32" }) as ArrayValue).data),
    ).toEqual([0, 0]);
    expect(
      Array.from((bind1(R.argminP, [x2], { axes: [0], index_dtype: "int32" }) as ArrayValue).data),
    ).toEqual([1, 1, 1, 1]);
  });
});

describe("cumulative kernels", () => {
  const x = arr([2, 3], "float32", [1, 2, 3, 4, 5, 6]);
  it("cumsum forward and reversed, on each axis", () => {
    expect(Array.from((bind1(C.cumsumP, [x], { axis: 1, reverse: false }) as ArrayValue).data)).toEqual([
      1, 3, 6, 4, 9, 15,
    ]);
    expect(Array.from((bind1(C.cumsumP, [x], { axis: 0, reverse: false }) as ArrayValue).data)).toEqual([
      1, 2, 3, 5, 7, 9,
    ]);
    expect(Array.from((bind1(C.cumsumP, [x], { axis: 1, reverse: true }) as ArrayValue).data)).toEqual([
      6, 5, 3, 15, 11, 6,
    ]);
  });
  it("cumprod, cummax, cummin, cumlogsumexp", () => {
    expect(Array.from((bind1(C.cumprodP, [x], { axis: 1, reverse: false }) as ArrayValue).data)).toEqual([
      1, 2, 6, 4, 20, 120,
    ]);
    const y = arr([4], "int32", [3, 1, 4, 1]);
    expect(Array.from((bind1(C.cummaxP, [y], { axis: 0, reverse: false }) as ArrayValue).data)).toEqual([
      3, 3, 4, 4,
    ]);
    expect(Array.from((bind1(C.cumminP, [y], { axis: 0, reverse: true }) as ArrayValue).data)).toEqual([
      1, 1, 1, 1,
    ]);
    const l = bind1(C.cumlogsumexpP, [x], { axis: 1, reverse: false }) as ArrayValue;
    close(l.data, [
      1,
      Math.log(Math.exp(1) + Math.exp(2)),
      Math.log(Math.exp(1) + Math.exp(2) + Math.exp(3)),
      4,
      Math.log(Math.exp(4) + Math.exp(5)),
      Math.log(Math.exp(4) + Math.exp(5) + Math.exp(6)),
    ]);
  });
});
