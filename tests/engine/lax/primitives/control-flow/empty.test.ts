import { describe, expect, it } from "vitest";
import { bind } from "../../../../../engine/core/trace.ts";
import { PyVerbatim } from "../../../../../engine/core/pyrepr.ts";
import { empty2P } from "../../../../../engine/lax/primitives/control-flow/empty.ts";
import { numbers } from "./helpers.ts";

describe("empty2", () => {
  it("is a scalar of its dtype (zeros on the CPU)", () => {
    const params = { dtype: "float32" as const, memory_space: new PyVerbatim("MemorySpace.Device") };
    expect(empty2P.rules.abstractEval([], params).map(String)).toEqual(["float32[]"]);
    expect(numbers(bind(empty2P, [], params)[0])).toEqual([0]);
  });
});
