import { describe, expect, test } from "vitest";
import { Zero } from "../../../../engine/core/tangents.ts";
import * as lax from "../../../../engine/lax/lax.ts";
import { cumlogsumexpP } from "../../../../engine/lax/primitives/cumulative.ts";
import { bind } from "../../../../engine/core/trace.ts";
import { JvpTracer, jvpFlat } from "../../../../engine/transforms/ad/jvp.ts";
import { f32, numbers, scalar } from "./helpers.ts";

describe("jvpFlat", () => {
  test("pushes a tangent through sin: t * cos(x)", () => {
    const { primalsOut, tangentsOut } = jvpFlat(([x]) => [lax.sin(x)], [scalar(0.5)], [scalar(2)]);
    expect(numbers(primalsOut[0])[0]).toBeCloseTo(Math.sin(0.5), 6);
    expect(numbers(tangentsOut[0] as never)[0]).toBeCloseTo(2 * Math.cos(0.5), 6);
  });

  test("a zero input tangent leaves the output tangent symbolically zero", () => {
    const { tangentsOut } = jvpFlat(
      ([x, y]) => [lax.mul(x, lax.sin(y))],
      [scalar(1), scalar(2)],
      [new Zero(scalar(1).aval), new Zero(scalar(2).aval)],
    );
    expect(tangentsOut[0]).toBeInstanceOf(Zero);
  });

  test("the function sees JVP tracers carrying primal and tangent", () => {
    let seen: unknown;
    jvpFlat(
      ([x]) => {
        seen = x;
        return [x];
      },
      [f32([1, 2])],
      [f32([3, 4])],
    );
    expect(seen).toBeInstanceOf(JvpTracer);
    expect(numbers((seen as JvpTracer).tangent)).toEqual([3, 4]);
  });

  test("a primitive without a JVP rule is named in a 'not supported' error", () => {
    expect(() =>
      jvpFlat(([x]) => bind(cumlogsumexpP, [x], { axis: 0, reverse: false }), [f32([2, 1])], [f32([1, 1])]),
    ).toThrow("Traceur does not support differentiation of the primitive cumlogsumexp yet.");
  });
});
