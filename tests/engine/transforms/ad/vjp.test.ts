import { describe, expect, test } from "vitest";
import * as lax from "../../../../engine/lax/lax.ts";
import { traceToJaxpr } from "../../../../engine/core/staging.ts";
import { printJaxpr } from "../../../../engine/ir/print-jaxpr.ts";
import { linearizeApi, oneLike, vjpFlat } from "../../../../engine/transforms/ad/vjp.ts";
import { f32, numbers, scalar } from "./helpers.ts";

describe("vjpFlat", () => {
  test("the gradient of sin(x) * x**2 at 1.0 is JAX's 2.2232442", () => {
    const r = vjpFlat(([x]) => [lax.mul(lax.sin(x), lax.integerPow(x, 2))], [scalar(1)]);
    const [g] = r.pullback([oneLike(r.primalsOut[0])]);
    expect(numbers(g)).toEqual([Math.fround(2.2232442)]);
  });

  test("an input the output does not depend on gets an instantiated zero cotangent", () => {
    const r = vjpFlat(([x]) => [lax.mul(x, scalar(2))], [f32([1, 2])]);
    const [g] = r.pullback([f32([1, 1])]);
    expect(numbers(g)).toEqual([2, 2]);
    const unused = vjpFlat(([, y]) => [lax.sin(y)], [f32([1, 2]), scalar(0)]);
    const [gx] = unused.pullback([scalar(1)]);
    expect(numbers(gx)).toEqual([0, 0]);
  });

  test("a cotangent of the wrong shape raises JAX's ValueError", () => {
    const r = vjpFlat(([x]) => [lax.mul(x, scalar(2))], [f32([1, 2, 3])]);
    expect(() => r.pullback([f32([1, 1])])).toThrow(
      "unexpected JAX type (e.g. shape/dtype) for argument to VJP function: got float32[2], but expected " +
        "float32[3] because the corresponding output of the differentiated function had JAX type float32[3]",
    );
  });

  test("under a staging trace the backward pass is staged after the forward pass", () => {
    const j = traceToJaxpr(
      (x) => {
        const r = vjpFlat(([y]) => [lax.sin(y)], [x]);
        return r.pullback([oneLike(r.primalsOut[0])]);
      },
      [scalar(0).aval],
    );
    expect(j.jaxpr.eqns.map((e) => e.primitive)).toEqual(["sin", "cos", "mul"]);
    // print(jax.make_jaxpr(jax.grad(lax.sin))(0.0)) in JAX 0.10.2:
    expect(printJaxpr(j)).toBe(
      "{ lambda ; a:f32[]. let\n    _:f32[] = sin a\n    b:f32[] = cos a\n    c:f32[] = mul 1.0:f32[] b\n  in (c,) }",
    );
  });
});

describe("linearizeApi", () => {
  test("the linear function evaluates the tangent map at the linearization point", () => {
    const r = linearizeApi(([x]) => [lax.mul(x, x)], [scalar(3)]);
    expect(numbers(r.primalsOut[0])).toEqual([9]);
    expect(numbers(r.pushforward([scalar(1)])[0])).toEqual([6]);
    expect(numbers(r.pushforward([scalar(2)])[0])).toEqual([12]);
  });
});
