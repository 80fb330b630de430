import { describe, expect, it } from "vitest";
import { Zero } from "../../../../../engine/core/tangents.ts";
import { UndefinedPrimal } from "../../../../../engine/core/tangents.ts";
import * as lax from "../../../../../engine/lax/lax.ts";
import {
  condJvp,
  condLinearize,
  condTranspose,
} from "../../../../../engine/lax/primitives/control-flow/cond-ad.ts";
import { f32, numbers, scalar, traced } from "./helpers.ts";

const branches = [traced((x) => [lax.mul(x, scalar(2))], [f32()]), traced((x) => [lax.sin(x)], [f32()])];
const p = { branches };

describe("cond autodiff", () => {
  it("jvp: the chosen branch's tangent", () => {
    const [primals, tangents] = condJvp(
      [scalar(1, "int32"), scalar(0)],
      [new Zero(scalar(0).aval), scalar(3)],
      p,
    );
    expect(numbers(primals[0])).toEqual([0]);
    expect(numbers(tangents[0] as never)).toEqual([3]);
  });

  it("linearize: residuals of the branch taken, zeros in the other's slots", () => {
    const lin = condLinearize([false, true], [scalar(1, "int32"), scalar(0)], p);
    expect(lin.nonzerosOut).toEqual([true]);
    expect(numbers(lin.primalsOut[0])).toEqual([0]);
    expect(numbers(lin.linearized([new Zero(scalar(0).aval), scalar(2)])[0] as never)).toEqual([2]);
    const other = condLinearize([false, true], [scalar(0, "int32"), scalar(0)], p);
    expect(numbers(other.linearized([new Zero(scalar(0).aval), scalar(2)])[0] as never)).toEqual([4]);
  });

  it("transpose: the cotangent through the branch the index names", () => {
    const linear = { branches: [branches[0], traced((x) => [lax.neg(x)], [f32()])] };
    const [idxCt, xCt] = condTranspose([scalar(5)], [scalar(0, "int32"), new UndefinedPrimal(f32())], linear);
    expect(idxCt).toBeNull();
    expect(numbers(xCt as never)).toEqual([10]);
  });
});
