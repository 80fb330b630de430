// Shape primitives and their creation siblings (iota, copy): abstract evaluation (shapes, dtypes, weak
// types, JAX's errors) and CPU kernels, against fixtures/shape_rules.json made by fixtures/shape_rules.py
// under real JAX 0.10.2.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ShapedArray, shapeSize } from "../../../engine/core/aval.ts";
import type { DType } from "../../../engine/core/dtypes.ts";
import { EngineError } from "../../../engine/core/errors.ts";
import type { Primitive } from "../../../engine/core/primitive.ts";
import { bind } from "../../../engine/core/trace.ts";
import { ArrayValue } from "../../../engine/core/values.ts";
import { markNumpyInts, pyRepr } from "../../../engine/core/pyrepr.ts";
import type { Params } from "../../../engine/ir/jaxpr.ts";
import * as C from "../../../engine/lax/primitives/creation.ts";
import * as S from "../../../engine/lax/primitives/shape.ts";

type Num = number | string;
type Operand = [number[], DType, boolean, Num[]?];

/** The fixture writes NaN and infinities as strings. */
const decode = (v: Num): number => (typeof v === "number" ? v : Number(v.replace("inf", "Infinity")));

interface Case {
  prim: string;
  operands: Operand[];
  params: Record<string, unknown>;
  out?: Array<[number[], string, boolean]>;
  values?: Num[][];
  error?: string;
  message?: string;
}

const CASES = (
  JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "fixtures/shape_rules.json"), "utf8")) as {
    cases: Case[];
  }
).cases;

const PRIMS: Record<string, Primitive<Params>> = {
  reshape: S.reshapeP,
  transpose: S.transposeP,
  squeeze: S.squeezeP,
  concatenate: S.concatenateP,
  stack: S.stackP,
  split: S.splitP,
  tile: S.tileP,
  rev: S.revP,
  pad: S.padP,
  sort: S.sortP,
  iota: C.iotaP,
  copy: C.copyP,
} as unknown as Record<string, Primitive<Params>>;

/** The inputs of shape_rules.py's `values`: a fixed pattern, or the values given. */
function input([shape, dtype, weak, given]: Operand): ArrayValue {
  const n = shapeSize(shape);
  const raw = given?.map(decode) ?? Array.from({ length: n }, (_, i) => ((i * 7 + 3) % 11) - 5);
  const vals = raw.map((v) => {
    if (given) return v;
    if (dtype === "bool") return ((v % 2) + 2) % 2 === 0 ? 0 : 1;
    if (dtype.startsWith("float") || dtype === "bfloat16") return v * 0.5;
    if (dtype.startsWith("uint")) return Math.abs(v);
    return v;
  });
  return ArrayValue.fromNumbers(new ShapedArray(shape, dtype, weak), vals);
}

const label = (c: Case): string =>
  `${c.prim} ${c.operands.map(([s, d, w]) => `${w ? "~" : ""}${d}[${s.join(",")}]`).join(" ")} ${JSON.stringify(c.params)}`;

describe("shape primitives against JAX 0.10.2", () => {
  for (const c of CASES) {
    const prim = PRIMS[c.prim];
    const params = c.params as Params;
    const avals = c.operands.map(([s, d, w]) => new ShapedArray(s, d, w));
    if (c.error) {
      it(`${label(c)} raises ${c.error}`, () => {
        let caught: unknown;
        try {
          prim.rules.abstractEval(avals, params);
        } catch (e) {
          caught = e;
        }
        expect(caught).toBeInstanceOf(EngineError);
        expect((caught as EngineError).pyType).toBe(c.error);
        expect((caught as EngineError).message.split("\n")[0]).toBe(c.message);
      });
      continue;
    }
    it(`${label(c)}: shape, dtype, weak type`, () => {
      const outs = prim.rules.abstractEval(avals, params);
      expect(outs.map((a) => [[...a.shape], a.dtype, a.weakType])).toEqual(c.out);
    });
    if (c.values) {
      it(`${label(c)}: CPU values`, () => {
        const outs = bind(prim, c.operands.map(input), params) as ArrayValue[];
        const got = outs.map((o) =>
          Array.from(o.data as ArrayLike<number>, (v) => (Object.is(v, -0) ? 0 : v)),
        );
        const want = (c.values as Num[][]).map((vs) => vs.map((v) => (Object.is(v, -0) ? 0 : decode(v))));
        expect(got).toEqual(want);
        expect(outs.map((o) => [[...o.shape], o.dtype, o.aval.weakType])).toEqual(c.out);
      });
    }
  }
});

describe("lax shortcuts, as in JAX", () => {
  const x = ArrayValue.fromNumbers(new ShapedArray([2, 3], "float32"), [0, 1, 2, 3, 4, 5]);
  const py = ArrayValue.pythonScalar("float", 2.5);
  it("reshape, transpose, squeeze and concatenate of one array give the array back", () => {
    expect(S.reshape(x, [2, 3])).toBe(x);
    expect(S.transpose(x, [0, 1])).toBe(x);
    expect(S.squeeze(x, [])).toBe(x);
    expect(S.concatenate([x], 0)).toBe(x);
  });
  it("but not for Python scalars, which are not arrays", () => {
    expect(S.transpose(py, [])).not.toBe(py);
    expect(S.squeeze(py, [])).not.toBe(py);
  });
  it("expand_dims inserts size-1 axes, and rejects repeated ones", () => {
    expect(S.expandDims(x, [0, -1]).aval.shape).toEqual([1, 2, 3, 1]);
    expect(() => S.expandDims(x, [1, 1])).toThrow("repeated axis in lax.expand_dims: (1, 1)");
  });
  it("canonicalizeAxis counts from the end and names the bad axis", () => {
    expect(S.canonicalizeAxis(-1, 3)).toBe(2);
    expect(() => S.canonicalizeAxis(3, 3)).toThrow("axis 3 is out of bounds for array of dimension 3");
  });
  it("sort takes the last axis by default and checks num_keys", () => {
    const [sorted] = S.sort([x], -1, true, 1) as ArrayValue[];
    expect(Array.from(sorted.data)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(() => S.sort([x], -1, true, 2)).toThrow("num_keys=2 must be between 1 and len(operand)=1");
  });
  it("reshape of the wrong size fails only when it runs, as XLA does", () => {
    expect(() => S.reshape(x, [4])).toThrow("Cannot lower jaxpr with verifier errors:");
  });
  it("pad params may hold numpy ints, marked to print as np.int64", () => {
    expect(new S.NumpyInt(2).text).toBe("np.int64(2)");
    const config: S.PadConfigEntry[] = [
      markNumpyInts<S.PadConfigEntry>([1, 0, 0], [true, false, false]),
      markNumpyInts<S.PadConfigEntry>([0, 1, 0], [false, true, false]),
    ];
    expect(pyRepr(config)).toBe("((np.int64(1), 0, 0), (0, np.int64(1), 0))");
    const padded = S.pad(
      x,
      ArrayValue.fromNumbers(new ShapedArray([], "float32"), [9]),
      config,
    ) as ArrayValue;
    expect(padded.aval.shape).toEqual([3, 4]);
    expect(Array.from(padded.data)).toEqual([9, 9, 9, 9, 0, 1, 2, 9, 3, 4, 5, 9]);
  });
});
