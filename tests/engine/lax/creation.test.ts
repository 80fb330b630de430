// Array creation on the engine (iota through jnp.arange, linspace, eye, tri, full, zeros, ones): values,
// dtypes and weak types against fixtures/creation_values.json, made by fixtures/creation_values.py under
// real JAX 0.10.2.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ShapedArray } from "../../../engine/core/aval.ts";
import type { DType } from "../../../engine/core/dtypes.ts";
import { ArrayValue, type Value } from "../../../engine/core/values.ts";
import { broadcastedIota, copy } from "../../../engine/lax/primitives/creation.ts";
import { arange, eye, jnpFull, linspace, ones, tri, zeros } from "../../../engine/numpy/creation.ts";

type ScalarSpec = [string, number];

interface Call {
  fn: string;
  args: unknown[];
  kwargs: { dtype?: string; k?: number; endpoint?: boolean };
  shape: number[];
  dtype: string;
  weak: boolean;
  values: number[];
}

const CALLS = (
  JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "fixtures/creation_values.json"), "utf8")) as {
    calls: Call[];
  }
).calls;

/** A Python int/float (weak), or a strong scalar array of a dtype, as creation_values.py makes them. */
function scalar([kind, v]: ScalarSpec): Value {
  if (kind === "int" || kind === "float") return ArrayValue.pythonScalar(kind, v);
  return ArrayValue.fromNumbers(new ShapedArray([], kind as DType, false), [v]);
}

function run(c: Call): Value {
  const dtype = c.kwargs.dtype ?? null;
  const a = c.args;
  switch (c.fn) {
    case "arange":
      return arange(
        scalar(a[0] as ScalarSpec),
        a[1] ? scalar(a[1] as ScalarSpec) : null,
        a[2] ? scalar(a[2] as ScalarSpec) : null,
        dtype,
      );
    case "linspace":
      return linspace(
        scalar(a[0] as ScalarSpec),
        scalar(a[1] as ScalarSpec),
        a[2] as number,
        c.kwargs.endpoint ?? true,
        false,
        dtype,
        0,
      ) as Value;
    case "eye":
      return eye(
        a[0] as number,
        (a[1] as number | undefined) ?? null,
        ArrayValue.pythonScalar("int", c.kwargs.k ?? 0),
        dtype,
      );
    case "tri":
      return tri(a[0] as number, (a[1] as number | undefined) ?? null, c.kwargs.k ?? 0, dtype);
    case "full":
      return jnpFull(a[0] as number[], scalar(a[1] as ScalarSpec), dtype);
    case "zeros":
      return zeros(a[0] as number[], dtype);
    case "ones":
      return ones(a[0] as number[], dtype);
    default:
      throw new Error(`no such call ${c.fn}`);
  }
}

describe("jnp creation functions against JAX 0.10.2", () => {
  for (const c of CALLS) {
    it(`${c.fn}(${JSON.stringify(c.args).slice(1, -1)}${Object.keys(c.kwargs).length ? `, ${JSON.stringify(c.kwargs)}` : ""})`, () => {
      const out = run(c) as ArrayValue;
      expect([[...out.aval.shape], out.aval.dtype, out.aval.weakType]).toEqual([c.shape, c.dtype, c.weak]);
      const got = Array.from(out.data as ArrayLike<number>);
      expect(got.length).toBe(c.values.length);
      got.forEach((v, i) => {
        const want = c.values[i];
        if (Number.isInteger(want)) expect(v).toBe(want);
        else expect(Math.abs(v - want)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(want)));
      });
    });
  }
});

describe("iota and copy kernels", () => {
  it("broadcasted_iota counts along its dimension", () => {
    const a = broadcastedIota("int32", [2, 3], 0) as ArrayValue;
    const b = broadcastedIota("float32", [2, 3], 1) as ArrayValue;
    expect(Array.from(a.data)).toEqual([0, 0, 0, 1, 1, 1]);
    expect(Array.from(b.data)).toEqual([0, 1, 2, 0, 1, 2]);
  });
  it("iota in float16 rounds to float16", () => {
    const a = broadcastedIota("float16", [2050], 0) as ArrayValue;
    expect(a.data[2049]).toBe(2048);
  });
  it("copy keeps the value, weak type included, in a new array", () => {
    const x = ArrayValue.fromNumbers(new ShapedArray([2], "float32", true), [1.5, -2]);
    const y = copy(x) as ArrayValue;
    expect(y).not.toBe(x);
    expect(y.aval.weakType).toBe(true);
    expect(Array.from(y.data)).toEqual([1.5, -2]);
  });
});
