// Property tests of autodiff over a set of primitives: gradients agree with central finite differences
// computed in float64, JVPs are linear in the tangent, and VJPs are their transposes.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { Value } from "../../../../engine/core/values.ts";
import * as lax from "../../../../engine/lax/lax.ts";
import { reduceSumP } from "../../../../engine/lax/primitives/reduce.ts";
import { bind1 } from "../../../../engine/core/trace.ts";
import { jvpFlat } from "../../../../engine/transforms/ad/jvp.ts";
import { oneLike, vjpFlat } from "../../../../engine/transforms/ad/vjp.ts";
import { f32, numbers, scalar } from "./helpers.ts";

/** A scalar function written twice: with engine primitives (float32) and in JavaScript (float64). */
interface Case {
  readonly name: string;
  readonly engine: (x: Value) => Value;
  readonly exact: (x: number) => number;
  /** Inputs where the function is smooth and well conditioned. */
  readonly domain: fc.Arbitrary<number>;
}

const around = (lo: number, hi: number) => fc.double({ min: lo, max: hi, noNaN: true });

const CASES: Case[] = [
  { name: "sin", engine: lax.sin, exact: Math.sin, domain: around(-3, 3) },
  { name: "cos", engine: lax.cos, exact: Math.cos, domain: around(-3, 3) },
  { name: "exp", engine: lax.exp, exact: Math.exp, domain: around(-2, 2) },
  { name: "log", engine: lax.log, exact: Math.log, domain: around(0.5, 5) },
  { name: "tanh", engine: lax.tanh, exact: Math.tanh, domain: around(-2, 2) },
  { name: "sqrt", engine: lax.sqrt, exact: Math.sqrt, domain: around(0.5, 5) },
  { name: "logistic", engine: lax.logistic, exact: (x) => 1 / (1 + Math.exp(-x)), domain: around(-3, 3) },
  { name: "integer_pow 3", engine: (x) => lax.integerPow(x, 3), exact: (x) => x ** 3, domain: around(-2, 2) },
  {
    name: "x / (1 + x*x)",
    engine: (x) => lax.div(x, lax.add(scalar(1), lax.mul(x, x))),
    exact: (x) => x / (1 + x * x),
    domain: around(-2, 2),
  },
  {
    name: "sin(x) * exp(x) - x",
    engine: (x) => lax.sub(lax.mul(lax.sin(x), lax.exp(x)), x),
    exact: (x) => Math.sin(x) * Math.exp(x) - x,
    domain: around(-1, 1),
  },
];

function grad(fn: (x: Value) => Value, x: number): number {
  const r = vjpFlat(([v]) => [fn(v)], [scalar(x)]);
  return numbers(r.pullback([oneLike(r.primalsOut[0])])[0])[0];
}

/** Central difference in float64; its error (h^2 and rounding) is far below float32's. */
function centralDifference(f: (x: number) => number, x: number): number {
  const h = 1e-5;
  return (f(x + h) - f(x - h)) / (2 * h);
}

describe("grad agrees with central finite differences (float64)", () => {
  for (const c of CASES) {
    test(c.name, () => {
      fc.assert(
        fc.property(c.domain, (x) => {
          const got = grad(c.engine, Math.fround(x));
          const want = centralDifference(c.exact, Math.fround(x));
          // float32 evaluation: a few units in the last place of the values the derivative is built from.
          expect(Math.abs(got - want)).toBeLessThanOrEqual(1e-5 * Math.max(1, Math.abs(want)));
        }),
        { numRuns: 40 },
      );
    });
  }
});

/** A vector function of a few primitives (elementwise, broadcasting, reduction) for the linearity checks. */
function vectorFn(x: Value): Value {
  const y = lax.mul(lax.sin(x), lax.tanh(x));
  return lax.add(y, bind1(reduceSumP, [lax.mul(x, x)], { axes: [0], out_sharding: null }));
}

const vec3 = fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: 3, maxLength: 3 });
const small = fc.double({ min: -2, max: 2, noNaN: true });

function jvpAt(x: number[], t: number[]): number[] {
  const { tangentsOut } = jvpFlat(([v]) => [vectorFn(v)], [f32(x)], [f32(t)]);
  return numbers(tangentsOut[0] as Value);
}

const dot = (a: number[], b: number[]): number => a.reduce((s, v, i) => s + v * b[i], 0);
const close = (a: number, b: number, scale: number): boolean => Math.abs(a - b) <= 1e-4 * Math.max(1, scale);

describe("jvp is linear in the tangent", () => {
  test("jvp(a*t1 + b*t2) = a*jvp(t1) + b*jvp(t2)", () => {
    fc.assert(
      fc.property(vec3, vec3, vec3, small, small, (x, t1, t2, a, b) => {
        const mixed = jvpAt(
          x,
          t1.map((v, i) => a * v + b * t2[i]),
        );
        const j1 = jvpAt(x, t1);
        const j2 = jvpAt(x, t2);
        return mixed.every((m, i) =>
          close(m, a * j1[i] + b * j2[i], Math.abs(a * j1[i]) + Math.abs(b * j2[i])),
        );
      }),
      { numRuns: 40 },
    );
  });
});

describe("vjp is the transpose of jvp", () => {
  test("<vjp(ct), t> = <ct, jvp(t)>", () => {
    fc.assert(
      fc.property(vec3, vec3, vec3, (x, t, ct) => {
        const r = vjpFlat(([v]) => [vectorFn(v)], [f32(x)]);
        const back = numbers(r.pullback([f32(ct)])[0]);
        const forward = jvpAt(x, t);
        const lhs = dot(back, t);
        const rhs = dot(ct, forward);
        return close(lhs, rhs, Math.abs(lhs) + Math.abs(rhs));
      }),
      { numRuns: 40 },
    );
  });
});
