import { describe, expect, it } from "vitest";
import { Zero } from "../../../../../engine/core/tangents.ts";
import * as lax from "../../../../../engine/lax/lax.ts";
import {
  scanJvp,
  whileJvp,
  whileTranspose,
} from "../../../../../engine/lax/primitives/control-flow/loop-ad.ts";
import { array, f32, i32, numbers, scalar, traced } from "./helpers.ts";

describe("scanJvp", () => {
  // carry, x -> (carry * x, carry)
  const jaxpr = traced((c, x) => [lax.mul(c, x), c], [f32(), f32()]);
  const p = { jaxpr, length: 3, num_carry: 1, num_consts: 0, reverse: false, unroll: 1 };

  it("makes the carry's tangent nonzero when only the xs have one (fixpoint)", () => {
    const xs = array([1, 2, 3]);
    const [primals, tangents] = scanJvp([scalar(1), xs], [new Zero(f32()), array([1, 0, 0])], p);
    expect(numbers(primals[0])).toEqual([6]);
    expect(numbers(tangents[0] as never)).toEqual([6]);
    expect(numbers(tangents[1] as never)).toEqual([0, 1, 2]);
  });
});

describe("while autodiff", () => {
  const cond = traced((i) => [lax.lt(i, scalar(3, "int32"))], [i32(), f32()]);
  const body = traced((i, v) => [lax.add(i, scalar(1, "int32")), lax.mul(v, v)], [i32(), f32()]);
  const p = { cond_jaxpr: cond, cond_nconsts: 0, body_jaxpr: body, body_nconsts: 0 };

  it("jvp threads the tangent through every iteration", () => {
    const [primals, tangents] = whileJvp([scalar(0, "int32"), scalar(2)], [new Zero(i32()), scalar(1)], p);
    expect(numbers(primals[1])).toEqual([256]);
    expect(tangents[0]).toBeInstanceOf(Zero);
    expect(numbers(tangents[1] as never)).toEqual([1024]);
  });

  it("has no transpose: JAX's error", () => {
    expect(() => whileTranspose()).toThrow(/Reverse-mode differentiation does not work for lax.while_loop/);
  });
});
