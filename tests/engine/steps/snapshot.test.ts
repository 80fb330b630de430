import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ShapedArray } from "../../../engine/core/aval.ts";
import { traceToJaxpr } from "../../../engine/core/staging.ts";
import { bind1 } from "../../../engine/core/trace.ts";
import { ArrayValue } from "../../../engine/core/values.ts";
import { lookupPrimitive } from "../../../engine/core/primitive.ts";
import "../../../engine/register.ts";
import { convertElementType } from "../../../engine/lax/convert.ts";
import { jaxprRecord } from "../../../engine/steps/snapshot.ts";

// What JAX 0.10.2 prints for the same functions (fixtures/gen_jaxprs.py).
const JAX = JSON.parse(readFileSync(new URL("./fixtures/jaxprs.json", import.meta.url), "utf8")) as Record<
  string,
  string
>;

const f32 = (...shape: number[]) => new ShapedArray(shape, "float32");

describe("jaxprRecord", () => {
  // jnp.sin(x) * 2.0 + y, built from the primitives jnp uses.
  const jaxpr = traceToJaxpr(
    (x, y) => {
      const s = bind1(lookupPrimitive("sin"), [x], {});
      const d = bind1(lookupPrimitive("mul"), [s, ArrayValue.pythonScalar("float", 2.0)], {});
      const e = convertElementType(y, "float32", false);
      return [bind1(lookupPrimitive("add"), [d, e], {})];
    },
    [f32(3), new ShapedArray([], "float32", true)],
  );
  const rec = jaxprRecord(jaxpr);

  it("carries the text JAX prints", () => {
    expect(rec.text).toBe(JAX.sin_scaled_plus);
  });

  it("names variables as the text does, with their types", () => {
    const names = rec.eqns.flatMap((e) => e.outputs.map((id) => `${rec.vars[id].name}:${rec.vars[id].type}`));
    expect(names).toEqual(["c:f32[3]", "d:f32[3]", "e:f32[]", "f:f32[3]"]);
    expect(rec.invars.map((id) => rec.vars[id].name)).toEqual(["a", "b"]);
  });

  it("links operands to the equations that made them, literals as printed", () => {
    const [sin, mul, convert, add] = rec.eqns;
    expect(rec.eqns.map((e) => e.primitive)).toEqual(["sin", "mul", "convert_element_type", "add"]);
    expect(sin.inputs).toEqual([{ var: rec.invars[0] }]);
    expect(mul.inputs).toEqual([{ var: sin.outputs[0] }, { literal: "2.0:f32[]" }]);
    expect(convert.params).toEqual(["new_dtype=float32", "weak_type=False"]);
    expect(add.inputs).toEqual([{ var: mul.outputs[0] }, { var: convert.outputs[0] }]);
    expect(rec.outvars).toEqual([{ var: add.outputs[0] }]);
  });

  it("gives every equation its own stable id", () => {
    const ids = rec.eqns.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(jaxprRecord(jaxpr).eqns.map((e) => e.id)).toEqual(ids);
  });
});
