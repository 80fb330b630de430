// dot_general: shape/dtype rules and errors against JAX 0.10.2 (fixtures/reduce_dot_rules.json, made by
// fixtures/reduce_dot_rules.py under .venv-jax), its print rule against JAX's printed jaxprs, and the CPU kernel
// against a float64 reference computed here.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ShapedArray } from "../../../engine/core/aval.ts";
import type { DType } from "../../../engine/core/dtypes.ts";
import { EngineError } from "../../../engine/core/errors.ts";
import { traceToJaxpr } from "../../../engine/core/staging.ts";
import { bind1 } from "../../../engine/core/trace.ts";
import { ArrayValue } from "../../../engine/core/values.ts";
import { printJaxpr } from "../../../engine/ir/print-jaxpr.ts";
import {
  type DotDimensionNumbers,
  type DotGeneralParams,
  dotGeneralP,
  precisionPair,
} from "../../../engine/lax/primitives/dot.ts";

interface RuleCase {
  prim: string;
  operand: [number[], string];
  params: { rhs: [number[], string]; dn: DotDimensionNumbers; pref?: string };
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

const CASES: RuleCase[] = (
  JSON.parse(
    fs.readFileSync(path.join(import.meta.dirname, "fixtures/reduce_dot_rules.json"), "utf8"),
  ) as RuleCase[]
).filter((c) => c.prim === "dot_general");

const params = (dn: DotDimensionNumbers, pref: DType | null = null): DotGeneralParams => ({
  dimension_numbers: dn,
  precision: null,
  preferred_element_type: pref,
  out_sharding: null,
});

describe("dot_general rules, as JAX's", () => {
  for (const c of CASES) {
    it(`${JSON.stringify(c.operand)} x ${JSON.stringify(c.params)}`, () => {
      const lhs = new ShapedArray(c.operand[0], SHORT[c.operand[1]]);
      const rhs = new ShapedArray(c.params.rhs[0], SHORT[c.params.rhs[1]]);
      const p = params(c.params.dn, c.params.pref ? SHORT[c.params.pref] : null);
      const run = () => dotGeneralP.rules.abstractEval([lhs, rhs], p);
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

describe("dot_general print rule", () => {
  it("prints dimension numbers as lists and hides None params (golden core/linalg.stdout)", () => {
    const a = new ShapedArray([2, 3], "float32");
    const j = traceToJaxpr(
      (x) => [
        bind1(
          dotGeneralP,
          [x, x],
          params([
            [[1], [1]],
            [[], []],
          ]),
        ),
      ],
      [a],
    );
    expect(printJaxpr(j)).toBe(
      "{ lambda ; a:f32[2,3]. let\n    b:f32[2,2] = dot_general[dimension_numbers=(([1], [1]), ([], []))] a a\n  in (b,) }",
    );
  });
  it("breaks long params onto lines (golden core/linalg.stdout)", () => {
    const a = new ShapedArray([2, 3], "float32");
    const b = new ShapedArray([3, 4], "float32");
    const j = traceToJaxpr(
      (x, y) => [
        bind1(
          dotGeneralP,
          [x, y],
          params(
            [
              [[1], [0]],
              [[], []],
            ],
            "float32",
          ),
        ),
      ],
      [a, b],
    );
    expect(printJaxpr(j)).toBe(
      [
        "{ lambda ; a:f32[2,3] b:f32[3,4]. let",
        "    c:f32[2,4] = dot_general[",
        "      dimension_numbers=(([1], [0]), ([], []))",
        "      preferred_element_type=float32",
        "    ] a b",
        "  in (c,) }",
      ].join("\n"),
    );
  });
  it("shows precision as a pair of enums (tests/golden/linalg/lax_dot.py)", () => {
    const a = new ShapedArray([2, 3], "float32");
    const b = new ShapedArray([3, 4], "float32");
    const p = {
      ...params([
        [[1], [0]],
        [[], []],
      ]),
      precision: precisionPair("HIGHEST", "HIGHEST"),
    };
    const j = traceToJaxpr((x, y) => [bind1(dotGeneralP, [x, y], p)], [a, b]);
    expect(printJaxpr(j)).toBe(
      [
        "{ lambda ; a:f32[2,3] b:f32[3,4]. let",
        "    c:f32[2,4] = dot_general[",
        "      dimension_numbers=(([1], [0]), ([], []))",
        "      precision=(Precision.HIGHEST, Precision.HIGHEST)",
        "    ] a b",
        "  in (c,) }",
      ].join("\n"),
    );
  });
});

// ---- kernel ----

function rand(n: number, seed: number): number[] {
  let s = seed;
  return Array.from({ length: n }, () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return (s / 2 ** 31) * 4 - 2;
  });
}

const arr = (shape: number[], dtype: DType, data: number[]): ArrayValue =>
  ArrayValue.fromNumbers(new ShapedArray(shape, dtype, false), data);

/** Reference: explicit loops over every index, in float64. */
function refDot(
  ls: number[],
  l: ArrayLike<number>,
  rs: number[],
  r: ArrayLike<number>,
  dn: DotDimensionNumbers,
) {
  const [[lc, rc], [lb, rb]] = dn;
  const lf = ls.map((_, i) => i).filter((i) => !lc.includes(i) && !lb.includes(i));
  const rf = rs.map((_, i) => i).filter((i) => !rc.includes(i) && !rb.includes(i));
  const outShape = [...lb.map((d) => ls[d]), ...lf.map((d) => ls[d]), ...rf.map((d) => rs[d])];
  const cShape = lc.map((d) => ls[d]);
  const size = (s: number[]) => s.reduce((a, b) => a * b, 1);
  const unravel = (i: number, s: number[]) => {
    const idx = new Array<number>(s.length);
    for (let d = s.length - 1; d >= 0; d--) {
      idx[d] = i % s[d];
      i = Math.floor(i / s[d]);
    }
    return idx;
  };
  const flat = (idx: number[], s: number[]) => idx.reduce((a, v, d) => a * s[d] + v, 0);
  const out: number[] = [];
  for (let o = 0; o < size(outShape); o++) {
    const oi = unravel(o, outShape);
    let acc = 0;
    for (let k = 0; k < size(cShape); k++) {
      const ki = unravel(k, cShape);
      const li = new Array<number>(ls.length);
      const ri = new Array<number>(rs.length);
      lb.forEach((d, j) => (li[d] = oi[j]));
      rb.forEach((d, j) => (ri[d] = oi[j]));
      lf.forEach((d, j) => (li[d] = oi[lb.length + j]));
      rf.forEach((d, j) => (ri[d] = oi[lb.length + lf.length + j]));
      lc.forEach((d, j) => (li[d] = ki[j]));
      rc.forEach((d, j) => (ri[d] = ki[j]));
      acc += l[flat(li, ls)] * r[flat(ri, rs)];
    }
    out.push(acc);
  }
  return { outShape, out };
}

describe("dot_general kernel", () => {
  const cases: Array<[number[], number[], DotDimensionNumbers]> = [
    [
      [4, 5],
      [5, 3],
      [
        [[1], [0]],
        [[], []],
      ],
    ],
    [
      [5],
      [5],
      [
        [[0], [0]],
        [[], []],
      ],
    ],
    [
      [4, 5],
      [5],
      [
        [[1], [0]],
        [[], []],
      ],
    ],
    [
      [3],
      [2],
      [
        [[], []],
        [[], []],
      ],
    ],
    [
      [2, 4, 5],
      [2, 3, 5],
      [
        [[2], [2]],
        [[0], [0]],
      ],
    ],
    [
      [5, 2, 4],
      [3, 5, 2],
      [
        [[0], [1]],
        [[1], [2]],
      ],
    ],
    [
      [2, 3, 4],
      [4, 3, 6],
      [
        [
          [1, 2],
          [1, 0],
        ],
        [[], []],
      ],
    ],
  ];
  for (const [ls, rs, dn] of cases) {
    it(`${JSON.stringify(ls)} x ${JSON.stringify(rs)} ${JSON.stringify(dn)}`, () => {
      const l = arr(
        ls,
        "float32",
        rand(
          ls.reduce((a, b) => a * b, 1),
          3,
        ),
      );
      const r = arr(
        rs,
        "float32",
        rand(
          rs.reduce((a, b) => a * b, 1),
          11,
        ),
      );
      const got = bind1(dotGeneralP, [l, r], params(dn, "float32")) as ArrayValue;
      const want = refDot(ls, l.data, rs, r.data, dn);
      expect([...got.shape]).toEqual(want.outShape);
      want.out.forEach((v, i) =>
        expect(Math.abs(got.data[i] - v)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(v))),
      );
    });
  }

  it("integer products wrap modulo 2**32; bools are an OR of ANDs", () => {
    const a = arr([2], "int32", [65536, 3]);
    const b = arr([2], "int32", [65536, 4]);
    expect(
      Array.from(
        (
          bind1(
            dotGeneralP,
            [a, b],
            params(
              [
                [[0], [0]],
                [[], []],
              ],
              "int32",
            ),
          ) as ArrayValue
        ).data,
      ),
    ).toEqual([12]);
    const p = arr([2, 2], "bool", [1, 0, 0, 0]);
    const q = arr([2, 2], "bool", [0, 1, 1, 1]);
    expect(
      Array.from(
        (
          bind1(
            dotGeneralP,
            [p, q],
            params([
              [[1], [0]],
              [[], []],
            ]),
          ) as ArrayValue
        ).data,
      ),
    ).toEqual([0, 1, 0, 0]);
  });

  it("int32 times float32 computes in floats", () => {
    const a = arr([3], "int32", [1, 2, 3]);
    const b = arr([3], "float32", [0.5, 0.25, 0.125]);
    const got = bind1(
      dotGeneralP,
      [a, b],
      params(
        [
          [[0], [0]],
          [[], []],
        ],
        "float32",
      ),
    ) as ArrayValue;
    expect(got.dtype).toBe("float32");
    expect(Array.from(got.data)).toEqual([1.375]);
  });
});
