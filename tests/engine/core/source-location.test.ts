import { afterEach, describe, expect, test } from "vitest";
import { ShapedArray } from "../../../engine/core/aval.ts";
import { evalJaxpr } from "../../../engine/core/eval.ts";
import { setSourceLocator } from "../../../engine/core/source-location.ts";
import { traceToJaxpr } from "../../../engine/core/staging.ts";
import { bind1 } from "../../../engine/core/trace.ts";
import { expP, negP, sinP } from "../../../engine/lax/primitives/elementwise.ts";

const scalar = new ShapedArray([], "float32");
const at = (line: number) => ({ file: "main.py", line });

afterEach(() => setSourceLocator(undefined));

describe("equations' sources", () => {
  test("come from the locator while tracking is on, and are left out when it is off", () => {
    let line = 3;
    setSourceLocator(() => at(line));
    const tracked = traceToJaxpr(
      (x) => {
        const y = bind1(sinP, [x], {});
        line = 4;
        return [bind1(negP, [y], {})];
      },
      [scalar],
    );
    expect(tracked.jaxpr.eqns.map((e) => e.source)).toEqual([at(3), at(4)]);
    setSourceLocator(undefined);
    const untracked = traceToJaxpr((x) => [bind1(sinP, [x], {})], [scalar]);
    expect(untracked.jaxpr.eqns[0].source).toBeUndefined();
  });

  test("of replayed equations are theirs (JAX's user_context), then the live ones come back", () => {
    setSourceLocator(() => at(3));
    const inner = traceToJaxpr((x) => [bind1(negP, [bind1(sinP, [x], {})], {})], [scalar]);
    setSourceLocator(() => at(9));
    const replayed = traceToJaxpr(
      (x) => {
        const [y] = evalJaxpr(inner.jaxpr, inner.consts, [x]);
        return [bind1(expP, [y], {})];
      },
      [scalar],
    );
    expect(replayed.jaxpr.eqns.map((e) => [e.primitive, e.source?.line])).toEqual([
      ["sin", 3],
      ["neg", 3],
      ["exp", 9],
    ]);
  });
});
