import { describe, expect, it } from "vitest";
import { bind } from "../../../../../engine/core/trace.ts";
import * as lax from "../../../../../engine/lax/lax.ts";
import { condP } from "../../../../../engine/lax/primitives/control-flow/cond.ts";
import { f32, numbers, scalar, traced } from "./helpers.ts";

const branches = [traced((x) => [lax.neg(x)], [f32()]), traced((x) => [lax.mul(x, x)], [f32()])];

describe("cond", () => {
  it("has the first branch's output types", () => {
    expect(condP.rules.abstractEval([scalar(0, "int32").aval, f32()], { branches }).map(String)).toEqual([
      "float32[]",
    ]);
  });

  it("evaluates only the branch the index names, the last one for an index out of range", () => {
    const run = (i: number) => numbers(bind(condP, [scalar(i, "int32"), scalar(3)], { branches })[0]);
    expect(run(0)).toEqual([-3]);
    expect(run(1)).toEqual([9]);
    expect(run(5)).toEqual([9]);
    expect(run(-1)).toEqual([9]);
  });
});
