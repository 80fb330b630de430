// The defining properties of the control-flow transformation rules: vmap(f)(xs) equals stacking f(x) for
// each x, and reverse mode agrees with finite differences.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ShapedArray } from "../../../../../engine/core/aval.ts";
import { ArrayValue, type Value } from "../../../../../engine/core/values.ts";
import { convertElementType } from "../../../../../engine/lax/convert.ts";
import * as lax from "../../../../../engine/lax/lax.ts";
import { reduceMonoid } from "../../../../../engine/lax/primitives/reduce.ts";
import { bindCond } from "../../../../../engine/lax/control-flow/cond.ts";
import { bindScan, bindWhile } from "../../../../../engine/lax/control-flow/loops.ts";
import { f32, numbers, scalar, traced } from "./helpers.ts";
import { gradOf, vmapped } from "./transforms-helpers.ts";

type Program = (x: Value, y: Value) => Value;

/** Row `i` of a float32 array along its leading axis. */
function row(x: ArrayValue, i: number): ArrayValue {
  const aval = new ShapedArray(x.shape.slice(1), "float32");
  return ArrayValue.fromNumbers(aval, x.data.slice(i * aval.size, (i + 1) * aval.size));
}

const vec = (values: number[]): ArrayValue => ArrayValue.fromNumbers(f32([values.length]), values);

/** Small programs of a scalar `x` and a vector `y` of 3, each with control flow. */
const PROGRAMS: Record<string, Program> = {
  condOnX: (x, y) => {
    const branches = [
      traced((a, b) => [lax.mul(a, b)], [f32(), f32([3])]),
      traced((a, b) => [lax.sub(b, a)], [f32(), f32([3])]),
    ];
    return bindCond(convertElementType(lax.gt(x, scalar(0)), "int32"), branches, [x, y])[0];
  },
  condOnY: (x, y) => {
    const branches = [traced((a) => [lax.neg(a)], [f32()]), traced((a) => [lax.sin(a)], [f32()])];
    const idx = convertElementType(lax.gt(reduceMonoid(y, "sum", [0]), scalar(0)), "int32");
    return bindCond(idx, branches, [x])[0];
  },
  scanOverY: (x, y) => {
    const body = traced((c, e) => [lax.add(lax.mul(c, scalar(0.5)), e), lax.mul(c, e)], [f32(), f32()]);
    const { outs } = bindScan(body, [x], [y], { length: 3, reverse: false, unroll: 1 });
    return lax.add(outs[0], reduceMonoid(outs[1], "sum", [0]));
  },
  // A cond in the body, and loop-invariant work on the closed-over x (hoisted out of the loop under grad).
  // The branches agree in value and slope at e = 0, so finite differences may cross it.
  scanCondHoisted: (x, y) => {
    const body = traced(
      (c, e) => {
        const k = lax.mul(lax.cos(x), scalar(0.5));
        const branches = [
          traced((c2, e2, k2) => [lax.add(lax.mul(c2, k2), e2)], [f32(), f32(), f32()]),
          traced(
            (c2, e2, k2) => [lax.add(lax.mul(c2, k2), lax.add(lax.mul(e2, e2), e2))],
            [f32(), f32(), f32()],
          ),
        ];
        const idx = convertElementType(lax.gt(e, scalar(0)), "int32");
        const next = bindCond(idx, branches, [c, e, k])[0];
        return [next, lax.mul(next, k)];
      },
      [f32(), f32()],
    );
    const { outs } = bindScan(body, [x], [y], { length: 3, reverse: false, unroll: 1 });
    return lax.add(outs[0], reduceMonoid(outs[1], "sum", [0]));
  },
  whileDoubling: (x, y) => {
    const cond = traced((c) => [lax.lt(lax.abs(c), scalar(50))], [f32()]);
    const body = traced((c) => [lax.add(lax.mul(c, scalar(2)), scalar(1))], [f32()]);
    const { outs } = bindWhile(cond, body, [x]);
    return lax.add(outs[0], reduceMonoid(y, "sum", [0]));
  },
};

const floats = fc.float({ min: -4, max: 4, noNaN: true, noDefaultInfinity: true }).map((v) => Math.fround(v));

describe("vmap of control flow", () => {
  for (const [name, program] of Object.entries(PROGRAMS)) {
    it(`${name}: vmap(f)(xs, ys) stacks f(x, y)`, () => {
      fc.assert(
        fc.property(
          fc.array(floats, { minLength: 2, maxLength: 2 }),
          fc.array(floats, { minLength: 6, maxLength: 6 }),
          (xsIn, ysIn) => {
            const xs = vec(xsIn);
            const ys = ArrayValue.fromNumbers(f32([2, 3]), ysIn);
            const [batched] = vmapped(([x, y]) => [program(x, y)], [xs, ys], [0, 0], 2);
            const each = [0, 1].map((i) => program(row(xs, i), row(ys, i)));
            expect(numbers(batched)).toEqual(each.flatMap(numbers));
          },
        ),
        { numRuns: 25 },
      );
    });
    it(`${name}: vmap over y alone stacks f(x, y)`, () => {
      const x = scalar(1.5);
      const ys = ArrayValue.fromNumbers(f32([2, 3]), [1, -2, 0.5, -3, -1, 0.25]);
      const [batched] = vmapped(([y]) => [program(x, y)], [ys], [0], 2);
      expect(numbers(batched)).toEqual([0, 1].flatMap((i) => numbers(program(x, row(ys, i)))));
    });
  }
});

describe("grad of scan", () => {
  it.each(["scanOverY", "scanCondHoisted"])("%s agrees with central finite differences", (name) => {
    fc.assert(
      fc.property(floats, fc.array(floats, { minLength: 3, maxLength: 3 }), (x0, ysIn) => {
        const f = ([x, y]: Value[]) => [PROGRAMS[name](x, y)];
        const x = scalar(x0);
        const y = vec(ysIn);
        const [gx, gy] = gradOf(f, [x, y], scalar(1));
        const at = (xv: number, yv: number[]) => numbers(f([scalar(xv), vec(yv)])[0])[0];
        const h = 1e-2;
        const fdX = (at(x0 + h, ysIn) - at(x0 - h, ysIn)) / (2 * h);
        expect(numbers(gx)[0]).toBeCloseTo(fdX, 1);
        ysIn.forEach((_, i) => {
          const up = ysIn.map((v, j) => (j === i ? v + h : v));
          const down = ysIn.map((v, j) => (j === i ? v - h : v));
          expect(numbers(gy)[i]).toBeCloseTo((at(x0, up) - at(x0, down)) / (2 * h), 1);
        });
      }),
      { numRuns: 25 },
    );
  });
});
