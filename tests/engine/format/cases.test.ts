// Array and scalar text checked against what real JAX 0.10.2 / numpy 2.4 print (cases.json, written
// by gen_cases.py).

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ShapedArray } from "../../../engine/core/aval.ts";
import type { DType } from "../../../engine/core/dtypes.ts";
import { ArrayValue } from "../../../engine/core/values.ts";
import {
  jaxArrayRepr,
  jaxArrayStr,
  numpyArrayRepr,
  numpyArrayStr,
  numpyScalarRepr,
  numpyScalarStr,
} from "../../../engine/format/array-repr.ts";
import { formatPositional, formatScientific, type TrimMode } from "../../../engine/format/float-format.ts";
import type { FloatType } from "../../../engine/format/float-parts.ts";

type Encoded = number | "nan" | "inf" | "-inf";

interface ArrayCase {
  name: string;
  kind: "jax" | "numpy" | "numpy_scalar";
  dtype: DType;
  shape: number[];
  weak_type: boolean;
  values: Encoded[];
  repr: string;
  str: string;
}

interface FloatCase {
  type: FloatType;
  value: Encoded;
  fn: "positional" | "scientific";
  opts: Record<string, number | boolean | string>;
  expected: string;
}

const fixture = JSON.parse(readFileSync(new URL("./cases.json", import.meta.url), "utf8")) as {
  arrays: ArrayCase[];
  floats: FloatCase[];
};

function decode(v: Encoded): number {
  if (v === "nan") return NaN;
  if (v === "inf") return Infinity;
  if (v === "-inf") return -Infinity;
  return v;
}

function arrayOf(c: ArrayCase): ArrayValue {
  const origin = c.kind === "jax" ? "jax" : "numpy";
  return ArrayValue.fromNumbers(new ShapedArray(c.shape, c.dtype, c.weak_type), c.values.map(decode), origin);
}

describe("JAX arrays", () => {
  const cases = fixture.arrays.filter((c) => c.kind === "jax");
  it.each(cases.map((c) => [c.name, c] as const))("%s", (_, c) => {
    const a = arrayOf(c);
    expect(jaxArrayRepr(a)).toBe(c.repr);
    expect(jaxArrayStr(a)).toBe(c.str);
  });
});

describe("numpy arrays", () => {
  const cases = fixture.arrays.filter((c) => c.kind === "numpy");
  it.each(cases.map((c) => [c.name, c] as const))("%s", (_, c) => {
    const a = arrayOf(c);
    expect(numpyArrayRepr(a)).toBe(c.repr);
    expect(numpyArrayStr(a)).toBe(c.str);
  });
});

describe("numpy scalars", () => {
  const cases = fixture.arrays.filter((c) => c.kind === "numpy_scalar");
  it.each(cases.map((c) => [c.name, c] as const))("%s", (_, c) => {
    const a = arrayOf(c);
    expect(numpyScalarRepr(a)).toBe(c.repr);
    expect(numpyScalarStr(a)).toBe(c.str);
  });
});

describe("np.format_float_positional / np.format_float_scientific", () => {
  it("matches numpy on every stored value and option set", () => {
    const failures: string[] = [];
    for (const c of fixture.floats) {
      const o = c.opts;
      const common = {
        precision: o.precision as number | undefined,
        unique: o.unique as boolean | undefined,
        trim: o.trim as TrimMode | undefined,
        sign: o.sign as boolean | undefined,
        padLeft: o.pad_left as number | undefined,
        minDigits: o.min_digits as number | undefined,
      };
      const got =
        c.fn === "positional"
          ? formatPositional(decode(c.value), c.type, {
              ...common,
              fractional: o.fractional as boolean | undefined,
              padRight: o.pad_right as number | undefined,
            })
          : formatScientific(decode(c.value), c.type, {
              ...common,
              expDigits: o.exp_digits as number | undefined,
            });
      if (got !== c.expected)
        failures.push(`${c.type} ${c.value} ${c.fn} ${JSON.stringify(o)}: ${got} != ${c.expected}`);
    }
    expect(failures).toEqual([]);
  });
});
