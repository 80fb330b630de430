import { describe, expect, it } from "vitest";

import { parseTraceback } from "../../../renderer/worker/traceback.ts";

describe("parseTraceback", () => {
  it("blames the innermost frame of the learner's file", () => {
    const stderr = [
      "Traceback (most recent call last):",
      '  File "main.py", line 8, in <module>',
      "    print(jax.make_jaxpr(f)(1.0))",
      '  File "main.py", line 5, in f',
      "    return x.nope",
      "AttributeError: 'Array' object has no attribute 'nope'",
      "",
    ].join("\n");
    expect(parseTraceback(stderr)).toEqual({
      kind: "AttributeError",
      message: "AttributeError: 'Array' object has no attribute 'nope'",
      line: 5,
    });
  });

  it("reads a syntax error's line", () => {
    const stderr = '  File "main.py", line 3\n    x = = 2\n        ^\nSyntaxError: invalid syntax\n';
    expect(parseTraceback(stderr)).toEqual({
      kind: "SyntaxError",
      message: "SyntaxError: invalid syntax",
      line: 3,
    });
  });

  it("reads an exception without a message, and one with no line", () => {
    expect(
      parseTraceback(
        'Traceback (most recent call last):\n  File "main.py", line 2, in <module>\nKeyboardInterrupt\n',
      ),
    ).toEqual({
      kind: "KeyboardInterrupt",
      message: "KeyboardInterrupt",
      line: 2,
    });
    expect(parseTraceback("MemoryError\n")).toEqual({
      kind: "MemoryError",
      message: "MemoryError",
      line: null,
    });
    expect(parseTraceback("")).toBeNull();
  });
});
