// slice, dynamic_slice, dynamic_update_slice, gather and the scatters: shape/dtype rules and errors, and the CPU
// kernels (every out-of-bounds mode, batching dimensions, repeated indices), against JAX 0.10.2
// (fixtures/indexing_cases.json, made by fixtures/gen_indexing.py under .venv-jax). Also the printed form of
// gather and scatter-add params and the shared update_jaxpr.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ShapedArray } from "../../../engine/core/aval.ts";
import type { DType } from "../../../engine/core/dtypes.ts";
import { EngineError } from "../../../engine/core/errors.ts";
import type { Primitive } from "../../../engine/core/primitive.ts";
import { traceToJaxpr } from "../../../engine/core/staging.ts";
import { bind1 } from "../../../engine/core/trace.ts";
import { ArrayValue, type Value } from "../../../engine/core/values.ts";
import type { Params } from "../../../engine/ir/jaxpr.ts";
import { printJaxpr } from "../../../engine/ir/print-jaxpr.ts";
import * as P from "../../../engine/lax/primitives/indexing.ts";
import { gather, scatter } from "../../../engine/lax/slicing.ts";
import "../../../engine/register.ts";

interface ArrayCase {
  shape: number[];
  dtype: DType;
  data: Array<number | boolean | null>;
}

interface GatherDn {
  offset_dims: number[];
  collapsed_slice_dims: number[];
  start_index_map: number[];
  operand_batching_dims: number[];
  start_indices_batching_dims: number[];
}

interface ScatterDn {
  update_window_dims: number[];
  inserted_window_dims: number[];
  scatter_dims_to_operand_dims: number[];
  operand_batching_dims: number[];
  scatter_indices_batching_dims: number[];
}

interface KernelCase {
  prim: string;
  operand: ArrayCase;
  indices?: ArrayCase;
  updates?: ArrayCase;
  update?: ArrayCase;
  dnums?: GatherDn & ScatterDn;
  slice_sizes?: number[];
  start_indices?: number[];
  limit_indices?: number[];
  strides?: number[] | null;
  mode?: string;
  fill_value?: number | null;
  expected: ArrayCase;
}

interface RuleCase {
  prim: string;
  avals: Array<[number[], DType]>;
  params: Record<string, unknown>;
  shape?: number[];
  dtype?: string;
  error?: string;
  message?: string;
}

const cases = JSON.parse(
  fs.readFileSync(path.join(import.meta.dirname, "fixtures/indexing_cases.json"), "utf8"),
) as {
  kernels: KernelCase[];
  rules: RuleCase[];
};

const toArray = (a: ArrayCase): ArrayValue =>
  ArrayValue.fromNumbers(
    new ShapedArray(a.shape, a.dtype),
    a.data.map((v) => (v === null ? NaN : Number(v))),
  );

const scalarInt = (v: number): ArrayValue => ArrayValue.fromNumbers(new ShapedArray([], "int32"), [v]);

const gatherDn = (d: GatherDn) =>
  new P.GatherDimensionNumbers({
    offsetDims: d.offset_dims,
    collapsedSliceDims: d.collapsed_slice_dims,
    startIndexMap: d.start_index_map,
    operandBatchingDims: d.operand_batching_dims,
    startIndicesBatchingDims: d.start_indices_batching_dims,
  });

const scatterDn = (d: ScatterDn) =>
  new P.ScatterDimensionNumbers({
    updateWindowDims: d.update_window_dims,
    insertedWindowDims: d.inserted_window_dims,
    scatterDimsToOperandDims: d.scatter_dims_to_operand_dims,
    operandBatchingDims: d.operand_batching_dims,
    scatterIndicesBatchingDims: d.scatter_indices_batching_dims,
  });

const SCATTER_KINDS = {
  scatter: "scatter",
  "scatter-add": "add",
  "scatter-sub": "sub",
  "scatter-mul": "mul",
  "scatter-min": "min",
  "scatter-max": "max",
} as const;

function runKernel(c: KernelCase): Value {
  const x = toArray(c.operand);
  switch (c.prim) {
    case "gather":
      return gather(
        x,
        toArray(c.indices as ArrayCase),
        gatherDn(c.dnums as GatherDn),
        c.slice_sizes as number[],
        {
          mode: c.mode,
          fillValue: c.fill_value ?? null,
        },
      );
    case "slice":
      return bind1(P.sliceP, [x], {
        start_indices: c.start_indices as number[],
        limit_indices: c.limit_indices as number[],
        strides: c.strides ?? null,
      });
    case "dynamic_slice":
      return bind1(P.dynamicSliceP, [x, ...(c.start_indices as number[]).map(scalarInt)], {
        slice_sizes: c.slice_sizes as number[],
      });
    case "dynamic_update_slice":
      return bind1(
        P.dynamicUpdateSliceP,
        [x, toArray(c.update as ArrayCase), ...(c.start_indices as number[]).map(scalarInt)],
        {},
      );
    default: {
      const kind = SCATTER_KINDS[c.prim as keyof typeof SCATTER_KINDS];
      return scatter(
        kind,
        x,
        toArray(c.indices as ArrayCase),
        toArray(c.updates as ArrayCase),
        scatterDn(c.dnums as ScatterDn),
        {
          mode: c.mode,
        },
      );
    }
  }
}

describe("CPU kernels against JAX 0.10.2", () => {
  it(`${cases.kernels.length} gathers, scatters and slices give JAX's values`, () => {
    const wrong = cases.kernels.flatMap((c, i) => {
      const got = runKernel(c) as ArrayValue;
      const want = c.expected;
      const gotData = Array.from(got.data as ArrayLike<number>, (v) =>
        Number.isNaN(v) ? null : c.expected.dtype === "bool" ? v !== 0 : v,
      );
      const same =
        got.dtype === want.dtype &&
        got.shape.join() === want.shape.join() &&
        gotData.every((v, k) => v === want.data[k]);
      return same
        ? []
        : [
            `#${i} ${c.prim} ${c.mode ?? ""}: want ${JSON.stringify(want)}, got ${got.dtype}${JSON.stringify(got.shape)} ${JSON.stringify(gotData)}`,
          ];
    });
    expect(wrong).toEqual([]);
  });
});

function ruleParams(c: RuleCase): Params {
  const p = c.params;
  switch (c.prim) {
    case "gather":
      return {
        dimension_numbers: gatherDn(p.dimension_numbers as GatherDn),
        fill_value: null,
        indices_are_sorted: false,
        mode: P.GatherScatterMode.PROMISE_IN_BOUNDS,
        slice_sizes: p.slice_sizes as number[],
        unique_indices: false,
      };
    case "scatter-add":
      return {
        dimension_numbers: scatterDn(p.dimension_numbers as ScatterDn),
        indices_are_sorted: false,
        mode: P.GatherScatterMode.FILL_OR_DROP,
        unique_indices: false,
        update_consts: [],
        update_jaxpr: null,
      };
    default:
      return p as Params;
  }
}

const PRIMS: Record<string, Primitive<Params>> = {
  gather: P.gatherP as unknown as Primitive<Params>,
  "scatter-add": P.scatterAddP as unknown as Primitive<Params>,
  slice: P.sliceP as unknown as Primitive<Params>,
  dynamic_slice: P.dynamicSliceP as unknown as Primitive<Params>,
  dynamic_update_slice: P.dynamicUpdateSliceP as unknown as Primitive<Params>,
};

describe("shape and dtype rules against JAX 0.10.2", () => {
  it(`${cases.rules.length} output avals and errors`, () => {
    const wrong = cases.rules.flatMap((c, i) => {
      const avals = c.avals.map(([s, d]) => new ShapedArray(s, d));
      let got: string;
      try {
        const [out] = PRIMS[c.prim].rules.abstractEval(avals, ruleParams(c));
        got = `${JSON.stringify(out.shape)} ${out.dtype}`;
      } catch (e) {
        got = e instanceof EngineError ? `${e.pyType}: ${e.message.split("\n")[0]}` : String(e);
      }
      const want = c.error ? `${c.error}: ${c.message}` : `${JSON.stringify(c.shape)} ${c.dtype}`;
      return got === want ? [] : [`#${i} ${c.prim}: want ${want}, got ${got}`];
    });
    expect(wrong).toEqual([]);
  });
});

describe("printed params", () => {
  const f32 = new ShapedArray([5], "float32");
  const idx = new ShapedArray([2, 1], "int32");
  const dn = new P.ScatterDimensionNumbers({
    updateWindowDims: [],
    insertedWindowDims: [0],
    scatterDimsToOperandDims: [0],
  });

  it("scatter-add shows its update_jaxpr, shared by identity when repeated", () => {
    const upd = new ShapedArray([2], "float32");
    const j = traceToJaxpr(
      (x, i, u) => [scatter("add", scatter("add", x, i, u, dn), i, u, dn)],
      [f32, idx, upd],
    );
    expect(printJaxpr(j)).toBe(
      [
        "let jaxpr = { lambda ; a:f32[] b:f32[]. let c:f32[] = add a b in (c,) } in",
        "{ lambda ; d:f32[5] e:i32[2,1] f:f32[2]. let",
        "    g:f32[5] = scatter-add[",
        "      dimension_numbers=ScatterDimensionNumbers(update_window_dims=(), inserted_window_dims=(0,), scatter_dims_to_operand_dims=(0,), operand_batching_dims=(), scatter_indices_batching_dims=())",
        "      indices_are_sorted=False",
        "      mode=GatherScatterMode.FILL_OR_DROP",
        "      unique_indices=False",
        "      update_consts=()",
        "      update_jaxpr=jaxpr",
        "    ] d e f",
        "    h:f32[5] = scatter-add[",
        "      dimension_numbers=ScatterDimensionNumbers(update_window_dims=(), inserted_window_dims=(0,), scatter_dims_to_operand_dims=(0,), operand_batching_dims=(), scatter_indices_batching_dims=())",
        "      indices_are_sorted=False",
        "      mode=GatherScatterMode.FILL_OR_DROP",
        "      unique_indices=False",
        "      update_consts=()",
        "      update_jaxpr=jaxpr",
        "    ] g e f",
        "  in (h,) }",
      ].join("\n"),
    );
  });

  it("gather in FILL_OR_DROP mode shows the dtype's default fill value", () => {
    const gdn = new P.GatherDimensionNumbers({ offsetDims: [], collapsedSliceDims: [0], startIndexMap: [0] });
    const j = traceToJaxpr(
      (x, i) => [gather(x, i, gdn, [1], { mode: "fill" })],
      [new ShapedArray([5], "int32"), idx],
    );
    expect(printJaxpr(j)).toContain("fill_value=-2147483648\n");
    const k = traceToJaxpr((x, i) => [gather(x, i, gdn, [1], { mode: "fill" })], [f32, idx]);
    expect(printJaxpr(k)).toContain("fill_value=nan\n");
  });

  it("GatherScatterMode.from_any accepts JAX's names only", () => {
    expect(P.GatherScatterMode.fromAny("drop")).toBe(P.GatherScatterMode.FILL_OR_DROP);
    expect(P.GatherScatterMode.fromAny(null)).toBe(P.GatherScatterMode.FILL_OR_DROP);
    expect(() => P.GatherScatterMode.fromAny("wrap")).toThrow('Unknown gather mode "wrap"');
  });
});
