// The defining property of vmap: vmap(f)(xs) equals stacking f(x) for each x of the batch, whatever the
// batch axis, for elementwise, reduction and shape primitives (and mixes of batched and unbatched operands).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ShapedArray, type Shape, stridesOf } from "../../../engine/core/aval.ts";
import { ArrayValue, type Value } from "../../../engine/core/values.ts";
import * as lax from "../../../engine/lax/lax.ts";
import { cumulative } from "../../../engine/lax/primitives/cumulative.ts";
import { argReduce, reduceMonoid } from "../../../engine/lax/primitives/reduce.ts";
import { concatenate, pad, rev, reshape, sort, transpose } from "../../../engine/lax/primitives/shape.ts";
import { broadcastInDim } from "../../../engine/lax/shapes.ts";
import { slice } from "../../../engine/lax/slicing.ts";
import { vmapAbort, vmapBegin, vmapEnd } from "../../../engine/transforms/vmap.ts";

type Op = (x: Value, c: Value) => Value;

const scalar = (v: number): ArrayValue => ArrayValue.fromNumbers(new ShapedArray([], "float32"), [v]);
const last = (x: Value): number => x.aval.ndim - 1;

/** Functions of one element `x`; `c` is an unbatched array of x's shape. */
const OPS: Record<string, Op> = {
  sin: (x) => lax.sin(x),
  exp: (x) => lax.exp(x),
  addSelf: (x) => lax.add(x, lax.mul(x, scalar(2))),
  mulUnbatched: (x, c) => lax.mul(x, c),
  subFromUnbatched: (x, c) => lax.sub(c, x),
  selectN: (x) => lax.select(lax.gt(x, scalar(0)), x, lax.neg(x)),
  clamp: (x) => lax.clamp(scalar(-1), x, scalar(2)),
  sumAxis0: (x) => reduceMonoid(x, "sum", [0]),
  maxAll: (x) => reduceMonoid(x, "max", [...x.aval.shape.keys()]),
  argmaxLast: (x) => argReduce("argmax", x, last(x), "int32"),
  cumsum0: (x) => cumulative("cumsum", x, 0, false),
  cummaxReverse: (x) => cumulative("cummax", x, last(x), true),
  transpose: (x) => transpose(x, [...x.aval.shape.keys()].reverse()),
  flatten: (x) => reshape(x, [x.aval.size]),
  rev0: (x) => rev(x, [0]),
  concat: (x, c) => concatenate([x, c, x], 0),
  broadcast: (x) =>
    broadcastInDim(
      x,
      [2, ...x.aval.shape],
      [...x.aval.shape.keys()].map((d) => d + 1),
    ),
  sortLast: (x) => sort([x], last(x))[0],
  sliceFirst: (x) =>
    slice(
      x,
      x.aval.shape.map(() => 0),
      x.aval.shape.map((d) => Math.max(1, d - 1)),
      x.aval.shape.map(() => 1),
    ),
  pad: (x) =>
    pad(
      x,
      scalar(0),
      x.aval.shape.map(() => [1, 0, 1] as const),
    ),
};

/** Element `b` of `x` along `axis`, as a new array. */
function take(x: ArrayValue, axis: number, b: number): ArrayValue {
  const shape = x.shape.filter((_, i) => i !== axis);
  const out = new ShapedArray(shape, x.dtype);
  const strides = stridesOf(x.shape);
  const outStrides = stridesOf(shape);
  const values = new Array<number>(out.size);
  for (let i = 0; i < out.size; i++) {
    let rest = i;
    let pos = b * strides[axis];
    shape.forEach((_, k) => {
      const idx = Math.floor(rest / outStrides[k]);
      rest -= idx * outStrides[k];
      pos += idx * strides[k < axis ? k : k + 1];
    });
    values[i] = x.data[pos];
  }
  return ArrayValue.fromNumbers(out, values);
}

const flat = (v: Value): number[] => Array.from((v as ArrayValue).data as ArrayLike<number>);

const batchCase = fc
  .record({
    op: fc.constantFrom(...Object.keys(OPS)),
    shape: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 3 }),
    size: fc.integer({ min: 1, max: 4 }),
    axisSeed: fc.nat(),
  })
  .chain((c) => {
    const n = c.shape.reduce((a, b) => a * b, 1);
    return fc.record({
      ...Object.fromEntries(Object.entries(c).map(([k, v]) => [k, fc.constant(v)])),
      xs: fc.array(fc.integer({ min: -6, max: 6 }), { minLength: n * c.size, maxLength: n * c.size }),
      cs: fc.array(fc.integer({ min: -6, max: 6 }), { minLength: n, maxLength: n }),
    }) as fc.Arbitrary<typeof c & { xs: number[]; cs: number[] }>;
  });

describe("vmap(f)(xs) equals stacking f(x)", () => {
  it("for elementwise, reduction and shape primitives along any batch axis", () => {
    fc.assert(
      fc.property(batchCase, ({ op, shape, size, axisSeed, xs, cs }) => {
        const axis = axisSeed % (shape.length + 1);
        const batchedShape: Shape = [...shape.slice(0, axis), size, ...shape.slice(axis)];
        const x = ArrayValue.fromNumbers(
          new ShapedArray(batchedShape, "float32"),
          xs.map((v) => v / 2),
        );
        const c = ArrayValue.fromNumbers(new ShapedArray(shape, "float32"), cs);
        const f = OPS[op];
        const [id, [t]] = vmapBegin([x], [axis], size, null);
        let batched: Value;
        try {
          [batched] = vmapEnd(id, [f(t, c)], [0], [""]);
        } catch (e) {
          vmapAbort(id);
          throw e;
        }
        const each = Array.from({ length: size }, (_, b) => f(take(x, axis, b), c));
        expect(batched.aval.shape).toEqual([size, ...each[0].aval.shape]);
        expect(batched.aval.dtype).toBe(each[0].aval.dtype);
        expect(flat(batched)).toEqual(each.flatMap(flat));
      }),
      { numRuns: 300 },
    );
  });
});
