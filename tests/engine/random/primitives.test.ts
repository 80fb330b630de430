// The PRNG primitives: their abstract evaluation (and JAX's errors), and their CPU kernels on batches of
// keys, which must give each key what the key alone gives (JAX's iterated vmap over keys).
import { describe, expect, test } from "vitest";
import "../../../engine/register.ts";
import { ShapedArray } from "../../../engine/core/aval.ts";
import { bind1, bind } from "../../../engine/core/trace.ts";
import { ArrayValue } from "../../../engine/core/values.ts";
import {
  randomBitsP,
  randomFoldInP,
  randomSeedP,
  randomSplitP,
  randomUnwrapP,
  randomWrapP,
  threefry2x32P,
} from "../../../engine/random/primitives.ts";
import { keysValue } from "../../../engine/random/keys.ts";
import { foldInKey, randomBits, splitKey, threefry2x32 } from "../../../engine/random/threefry.ts";

const u32 = (shape: number[], values: number[]) =>
  ArrayValue.fromNumbers(new ShapedArray(shape, "uint32"), values);
const words = (v: { data: ArrayLike<number> }) => Array.from(v.data);

// Three keys: (0, 0), (0, 42) and an arbitrary pair.
const KEY_WORDS = [0, 0, 0, 42, 123456789, 987654321];
const keys = keysValue([3], Uint32Array.from(KEY_WORDS));

describe("abstract evaluation", () => {
  test("avals of keys and of their data", () => {
    const data = new ShapedArray([4, 2], "uint32");
    const [k] = randomWrapP.rules.abstractEval([data], { impl: "fry" });
    expect(k.strShort()).toBe("key<fry>[4]");
    expect(randomUnwrapP.rules.abstractEval([k], {})[0].strShort()).toBe("u32[4,2]");
    expect(randomSplitP.rules.abstractEval([k], { shape: [2, 3] })[0].strShort()).toBe("key<fry>[4,2,3]");
    expect(randomBitsP.rules.abstractEval([k], { bit_width: 8, shape: [5] })[0].strShort()).toBe("u8[4,5]");
    expect(
      randomSeedP.rules.abstractEval([new ShapedArray([], "int32")], { impl: "fry" })[0].strShort(),
    ).toBe("key<fry>[]");
    const msgs = new ShapedArray([], "uint32");
    expect(randomFoldInP.rules.abstractEval([k, msgs], {})[0].strShort()).toBe("key<fry>[4]");
  });

  test("JAX's errors", () => {
    expect(() => randomWrapP.rules.abstractEval([new ShapedArray([2], "int32")], { impl: "fry" })).toThrow(
      "expected key_data.dtype = uint32; got dtype=int32",
    );
    expect(() => randomWrapP.rules.abstractEval([new ShapedArray([], "uint32")], { impl: "fry" })).toThrow(
      "expected key_data.ndim >= 1; got ndim=0",
    );
    expect(() => randomUnwrapP.rules.abstractEval([new ShapedArray([2], "uint32")], {})).toThrow(
      "random_unwrap takes key array operand, got keys.dtype=dtype('uint32')",
    );
    const bad = new ShapedArray([2], "int32");
    expect(() => threefry2x32P.rules.abstractEval([bad, bad, bad, bad], {})).toThrow(
      "Arguments to threefry2x32 must have uint32 type",
    );
  });
});

describe("CPU kernels on batches of keys", () => {
  test("random_split", () => {
    const out = bind1(randomSplitP, [keys], { shape: [2] });
    expect(out.aval.strShort()).toBe("key<fry>[3,2]");
    const expected = [0, 1, 2].flatMap((i) =>
      Array.from(splitKey(KEY_WORDS[2 * i], KEY_WORDS[2 * i + 1], 2)),
    );
    expect(words(out as ArrayValue)).toEqual(expected);
  });

  test("random_bits", () => {
    const out = bind1(randomBitsP, [keys], { bit_width: 16, shape: [4] });
    expect(out.aval.strShort()).toBe("u16[3,4]");
    const expected = [0, 1, 2].flatMap((i) =>
      Array.from(randomBits(KEY_WORDS[2 * i], KEY_WORDS[2 * i + 1], 4, 16)),
    );
    expect(words(out as ArrayValue)).toEqual(expected);
  });

  test("random_fold_in broadcasts a scalar message", () => {
    const out = bind1(randomFoldInP, [keys, u32([], [7])], {});
    const expected = [0, 1, 2].flatMap((i) => foldInKey(KEY_WORDS[2 * i], KEY_WORDS[2 * i + 1], 7));
    expect(words(out as ArrayValue)).toEqual(expected);
  });

  test("random_seed, random_wrap and random_unwrap", () => {
    const seeds = ArrayValue.fromNumbers(new ShapedArray([2], "int32"), [5, -1]);
    const seeded = bind1(randomSeedP, [seeds], { impl: "fry" }) as ArrayValue;
    expect(words(seeded)).toEqual([0, 5, 0, 4294967295]);
    const wrapped = bind1(randomWrapP, [u32([2, 2], [1, 2, 3, 4])], { impl: "fry" });
    expect(wrapped.aval.strShort()).toBe("key<fry>[2]");
    const unwrapped = bind1(randomUnwrapP, [wrapped], {}) as ArrayValue;
    expect(unwrapped.aval.strShort()).toBe("u32[2,2]");
    expect(words(unwrapped)).toEqual([1, 2, 3, 4]);
  });

  test("random_seed refuses float seeds as JAX's jitted seed function does", () => {
    const seed = ArrayValue.pythonScalar("float", 1.5);
    expect(() => bind1(randomSeedP, [seed], { impl: "fry" })).toThrow(
      "PRNG key seed must be an integer; got JitTracer(~float32[])",
    );
  });

  test("threefry2x32 broadcasts scalar keys over counts", () => {
    const [y1, y2] = bind(
      threefry2x32P,
      [u32([], [1]), u32([], [2]), u32([3], [0, 1, 2]), u32([3], [5, 6, 7])],
      {},
    );
    const [e1, e2] = threefry2x32(1, 2, Uint32Array.of(0, 1, 2), Uint32Array.of(5, 6, 7));
    expect(words(y1 as ArrayValue)).toEqual(Array.from(e1));
    expect(words(y2 as ArrayValue)).toEqual(Array.from(e2));
  });
});
