// Compiled (`jit`) evaluation against real JAX 0.10.2 (fixtures/gen_xla_eval.py): the float32 results that
// XLA's compilation changes — constant and broadcast divisors, fused multiply-adds.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import "../../../engine/register.ts";
import { ShapedArray } from "../../../engine/core/aval.ts";
import { ArrayValue, type Value } from "../../../engine/core/values.ts";
import * as lax from "../../../engine/lax/lax.ts";
import { jitted } from "../../../engine/transforms/jit.ts";

const fixture = JSON.parse(
  fs.readFileSync(path.join(import.meta.dirname, "fixtures/xla-eval-cases.json"), "utf8"),
) as {
  x: string[];
  y: string[];
  s: string[];
  near: string[];
  denormals: string[];
  cases: Record<string, string[]>;
};

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);
const fromBits = (bits: string[]): number[] =>
  bits.map((h) => {
    u32[0] = parseInt(h, 16);
    return f32[0];
  });

const array = (values: number[]): ArrayValue =>
  ArrayValue.fromNumbers(new ShapedArray(values.length === 1 ? [] : [values.length], "float32"), values);
/** A numpy float32 scalar: a literal when traced. */
const literal = (v: number): ArrayValue =>
  ArrayValue.fromNumbers(new ShapedArray([], "float32"), [v], "numpy");

const x = array(fromBits(fixture.x));
const y = array(fromBits(fixture.y));
const yReversed = array(fromBits(fixture.y).reverse());
const s = array(fromBits(fixture.s));
const near = array(fromBits(fixture.near));
const nearReversed = array(fromBits(fixture.near).reverse());
const negatedNear = array(fromBits(fixture.near).map((v) => -v));
const denormals = array(fromBits(fixture.denormals));
const denormalsReversed = array(fromBits(fixture.denormals).reverse());
const multiplyAdd = jit("fma", (a, b, c) => lax.add(lax.mul(a, b), c));
const subtractProduct = jit("fms", (a, b, c) => lax.sub(c, lax.mul(a, b)));

function jit(name: string, f: (...xs: Value[]) => Value): (...xs: Value[]) => number[] {
  const j = jitted(name, (args) => [f(...args)]);
  return (...xs) => Array.from((j(xs)[0] as ArrayValue).data as Float32Array);
}

const computations: Record<string, () => number[]> = {
  multiply_add_near_min: () => multiplyAdd(near, nearReversed, negatedNear),
  subtract_product_near_min: () => subtractProduct(nearReversed, near, near),
  multiply_add_denormals: () => multiplyAdd(denormals, denormalsReversed, near),
  subtract_product_denormals: () => subtractProduct(near, denormals, denormalsReversed),
  divide_by_literal: () => jit("a", (a) => lax.div(a, literal(3)))(x),
  scalar_divide_by_literal: () => jit("b", (a) => lax.div(a, literal(3)))(array([28.75])),
  divide_by_broadcast_argument: () => jit("c", (a, b) => lax.div(a, b))(x, s),
  divide_by_shared_argument: () =>
    jit("d", (a, b) => lax.select(lax.gt(b, literal(0)), lax.div(a, b), a))(x, s),
  square_plus_one: () => jit("e", (a) => lax.add(lax.square(a), literal(1)))(y),
  one_minus_product: () => jit("f", (a, b) => lax.sub(literal(1), lax.mul(a, b)))(y, yReversed),
  product_minus_one: () => jit("g", (a, b) => lax.sub(lax.mul(a, b), literal(1)))(y, yReversed),
  shared_product: () =>
    jit("h", (a, b) => {
      const p = lax.mul(a, b);
      return lax.add(lax.add(p, literal(1)), p);
    })(y, yReversed),
  eager_divide_by_scalar: () => Array.from((lax.div(x, s) as ArrayValue).data as Float32Array),
  eager_scalar_divide: () =>
    Array.from((lax.div(array([28.75]), array([3])) as ArrayValue).data as Float32Array),
};

describe("compiled evaluation gives XLA's float32 results", () => {
  for (const [name, compute] of Object.entries(computations)) {
    test(name, () => {
      expect(compute()).toEqual(fromBits(fixture.cases[name]));
    });
  }
});
