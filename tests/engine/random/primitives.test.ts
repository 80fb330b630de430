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
import { Zero } from "../../../engine/core/tangents.ts";
import type { Value } from "../../../engine/core/values.ts";

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

describe("batching rules", () => {
  const axis = { size: 3, name: null };

  test("random_wrap moves the batch axis to the front, away from the key data's axis", () => {
    // Key data batched along its trailing axis: data[w, b] is word w of key b.
    const data = u32([2, 3], [1, 2, 3, 4, 5, 6]);
    const [[out], dims] = randomWrapP.rules.batch!([data], [1], { impl: "fry" }, axis);
    expect(dims).toEqual([0]);
    expect(out.aval.strShort()).toBe("key<fry>[3]");
    expect(words(out as ArrayValue)).toEqual([1, 4, 2, 5, 3, 6]);
  });

  test("random_bits, random_split and random_unwrap keep the keys' batch axis", () => {
    const [[bits], bitsDims] = randomBitsP.rules.batch!([keys], [0], { bit_width: 32, shape: [2] }, axis);
    expect([bits.aval.strShort(), bitsDims]).toEqual(["u32[3,2]", [0]]);
    const [[split], splitDims] = randomSplitP.rules.batch!([keys], [0], { shape: [4] }, axis);
    expect([split.aval.strShort(), splitDims]).toEqual(["key<fry>[3,4]", [0]]);
    const [[data], dataDims] = randomUnwrapP.rules.batch!([keys], [0], {}, axis);
    expect([data.aval.strShort(), dataDims]).toEqual(["u32[3,2]", [0]]);
  });

  test("random_fold_in folds each batched key with each unbatched message", () => {
    const msgs = u32([2], [7, 8]);
    const [[out], dims] = randomFoldInP.rules.batch!([keys, msgs], [0, null], {}, axis);
    expect(dims).toEqual([0]);
    expect(out.aval.strShort()).toBe("key<fry>[3,2]");
    const expected = [0, 1, 2].flatMap((i) =>
      [7, 8].flatMap((m) => foldInKey(KEY_WORDS[2 * i], KEY_WORDS[2 * i + 1], m)),
    );
    expect(words(out as ArrayValue)).toEqual(expected);
  });

  test("threefry2x32 broadcasts unbatched operands against batched ones", () => {
    const k1 = u32([3], [1, 2, 3]);
    const counts = u32([2], [0, 1]);
    const [outs, dims] = threefry2x32P.rules.batch!(
      [k1, u32([], [9]), counts, counts],
      [0, null, null, null],
      {},
      axis,
    );
    expect(dims).toEqual([0, 0]);
    expect(outs[0].aval.strShort()).toBe("u32[3,2]");
    const expected = [1, 2, 3].flatMap((k) =>
      Array.from(threefry2x32(k, 9, Uint32Array.of(0, 1), Uint32Array.of(0, 1))[1]),
    );
    expect(words(outs[1] as ArrayValue)).toEqual(expected);
  });
});

describe("differentiation", () => {
  test("random outputs have zero tangents", () => {
    const primal: Value = u32([2], [0, 3]);
    const [[out], [tangent]] = randomWrapP.rules.jvp!([primal], [new Zero(primal.aval)], { impl: "fry" });
    expect(out.aval.strShort()).toBe("key<fry>[]");
    expect(tangent).toBeInstanceOf(Zero);
    expect(threefry2x32P.rules.jvp).toBeUndefined();
  });
});
