// The array text of the public goldens core/repr_format and core/elementwise, rebuilt from the
// arrays those scripts print (stored in cases.json under "golden: ...").

import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ShapedArray } from "../../../engine/core/aval.ts";
import type { DType } from "../../../engine/core/dtypes.ts";
import { ArrayValue } from "../../../engine/core/values.ts";
import { jaxArrayRepr, jaxArrayStr } from "../../../engine/format/array-repr.ts";

interface ArrayCase {
  name: string;
  dtype: DType;
  shape: number[];
  weak_type: boolean;
  values: (number | string)[];
}

const GOLDEN = path.resolve(import.meta.dirname, "../../../../shared/golden/core");
const fixture = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "cases.json"), "utf8")) as {
  arrays: ArrayCase[];
};

function golden(name: string): ArrayValue {
  const c = fixture.arrays.find((a) => a.name === `golden: ${name}`);
  if (!c) throw new Error(`no fixture case for ${name}`);
  const values = c.values.map((v) =>
    v === "nan" ? NaN : v === "inf" ? Infinity : v === "-inf" ? -Infinity : (v as number),
  );
  return ArrayValue.fromNumbers(new ShapedArray(c.shape, c.dtype, c.weak_type), values);
}

const repr = (name: string): string => jaxArrayRepr(golden(name));
const str = (name: string): string => jaxArrayStr(golden(name));

function goldenLines(file: string): string[] {
  return fs.readFileSync(path.join(GOLDEN, file), "utf8").split("\n");
}

describe("public goldens", () => {
  it("core/repr_format.stdout", () => {
    const lines = goldenLines("repr_format.stdout");
    const printed = [
      str("[1.0, 2.5, -3.25]"),
      repr("[1e-8, 1.0]"),
      repr("[1e8, 1.0]"),
      repr("[0.1, 0.2, 0.3] * 3"),
      repr("nan inf -inf 0"),
      repr("arange(2000.)"),
      repr("arange(40.).reshape(4, 10) / 7"),
      [repr("array(3.0)"), repr("array(3)"), repr("array(True)")].join(" "),
      [str("array(3.5)"), str("arange(3)"), str("[[True, False]]")].join(" "),
      [repr("zeros((2, 0))"), repr("ones((2, 1, 2), int32)")].join(" "),
      repr("[-0.0, 123456.789, 1.5]"),
      [repr("[1, 2] uint8"), repr("[1., 2.] float16")].join(" "),
      repr("[1., 2.] bfloat16"),
    ].join("\n");
    // The last line prints shapes and Python floats, not arrays.
    expect(printed).toBe(lines.slice(0, -2).join("\n"));
  });

  it("core/elementwise.stdout", () => {
    const lines = goldenLines("elementwise.stdout");
    const names = [
      "sin",
      "cos",
      "tan",
      "exp",
      "log1p",
      "tanh",
      "sqrt",
      "abs",
      "sign",
      "floor",
      "ceil",
      "round",
      "square",
    ];
    const printed = [
      ...names.map((n) => `${n} ${repr(`${n}(linspace(-2, 2, 5))`)}`),
      [repr("maximum(x, 0.0)"), repr("minimum(x, 1)"), repr("clip(x, -1, 1)")].join(" "),
      repr("where(x > 0, x, 0.0)"),
      [repr("exp([0, 1, 100])"), repr("log([0, -1, 1])")].join(" "),
    ];
    expect(printed).toEqual(lines.slice(0, printed.length));
  });
});
