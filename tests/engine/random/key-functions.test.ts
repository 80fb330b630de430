// The key functions: raw uint32 keys come back raw and typed keys typed, and jaxprs name the random primitives.
import { describe, expect, test } from "vitest";
import "../../../engine/register.ts";
import { ShapedArray } from "../../../engine/core/aval.ts";
import { traceToJaxpr } from "../../../engine/core/staging.ts";
import { ArrayValue } from "../../../engine/core/values.ts";
import { printJaxpr } from "../../../engine/ir/print-jaxpr.ts";
import { checkPrngKey, foldIn, keyData, seedKeys, split } from "../../../engine/random/key-functions.ts";

const int32Seed = (n: number) => ArrayValue.fromNumbers(new ShapedArray([], "int32"), [n], "numpy");
const raw = (k1: number, k2: number) => ArrayValue.fromNumbers(new ShapedArray([2], "uint32"), [k1, k2]);

describe("key functions", () => {
  test("raw keys in, raw keys out; typed keys in, typed keys out", () => {
    const typed = seedKeys("key", int32Seed(0));
    expect(typed.aval.strShort()).toBe("key<fry>[]");
    expect(split(typed, 3).aval.strShort()).toBe("key<fry>[3]");
    expect(split(raw(0, 0), 3).aval.strShort()).toBe("u32[3,2]");
    expect(foldIn(raw(0, 0), 7).aval.strShort()).toBe("u32[2]");
    expect(Array.from((keyData(split(typed, [2, 2])) as ArrayValue).data)).toEqual(
      Array.from((split(raw(0, 0), [2, 2]) as ArrayValue).data),
    );
  });

  test("JAX's checks of keys", () => {
    expect(() => checkPrngKey("normal", [0, 0])).toThrow("unexpected PRNG key type <class 'list'>");
    expect(() => checkPrngKey("normal", split(raw(0, 0), 2))).toThrow(
      "normal accepts a single key, but was given a key array of shape (2, 2) != (). Use jax.vmap for batching.",
    );
    expect(checkPrngKey("key_data", split(raw(0, 0), 2), true).wrapped).toBe(true);
    expect(() => seedKeys("key", ArrayValue.fromNumbers(new ShapedArray([2], "int32"), [1, 2]))).toThrow(
      "key accepts a scalar seed, but was given an array of shape (2,) != (). Use jax.vmap for batching",
    );
    expect(() => foldIn(raw(0, 0), -1)).toThrow("Python integer -1 out of bounds for uint32");
  });

  test("a raw key is wrapped and unwrapped around the primitive", () => {
    const jaxpr = traceToJaxpr((k) => [split(k, 2)], [new ShapedArray([2], "uint32")]);
    expect(printJaxpr(jaxpr)).toBe(
      [
        "{ lambda ; a:u32[2]. let",
        "    b:key<fry>[] = random_wrap[impl=fry] a",
        "    c:key<fry>[2] = random_split[shape=(2,)] b",
        "    d:u32[2,2] = random_unwrap c",
        "  in (d,) }",
      ].join("\n"),
    );
  });
});
