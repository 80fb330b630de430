import { describe, expect, it } from "vitest";

import { equationLines, tokenizeJaxprLine } from "../../../renderer/jaxpr/jaxpr-text.ts";

const SEED_JAXPR = `{ lambda ; a:i32[]. let
    b:i32[] = add a 3:i32[]
    c:i32[] = integer_pow[y=2] b
  in (c,) }`;

const NESTED = `{ lambda ; a:f32[]. let
    b:f32[] = jit[
      name=inner
      jaxpr={ lambda ; a:f32[]. let
          c:f32[] = sin a
          b:f32[] = mul c 2.0:f32[]
        in (b,) }
    ] a
    d:f32[] = add b 1.0:f32[]
  in (d,) }`;

const kinds = (line: string) =>
  tokenizeJaxprLine(line)
    .filter((t) => t.kind !== "space")
    .map((t) => `${t.kind}:${t.text}`);

describe("tokenizeJaxprLine", () => {
  it("tells variables, types, primitives, params and literals apart", () => {
    expect(kinds("    c:i32[] = integer_pow[y=2] b")).toEqual([
      "var:c",
      "type::i32[]",
      "punct:=",
      "primitive:integer_pow",
      "punct:[",
      "param:y",
      "punct:=",
      "literal:2",
      "punct:]",
      "var:b",
    ]);
    expect(kinds("{ lambda ; a:i32[]. let")).toEqual([
      "punct:{",
      "keyword:lambda",
      "punct:;",
      "var:a",
      "type::i32[]",
      "punct:.",
      "keyword:let",
    ]);
    expect(kinds("    b:f32[3,6] = mul a 2.0:f32[]")).toContain("literal:2.0");
    expect(kinds("    b:f32[3,6] = mul a 2.0:f32[]")).toContain("type::f32[3,6]");
  });

  it("keeps every character", () => {
    for (const line of NESTED.split("\n")) {
      expect(
        tokenizeJaxprLine(line)
          .map((t) => t.text)
          .join(""),
      ).toBe(line);
    }
  });
});

describe("equationLines", () => {
  it("finds the line of each top-level equation", () => {
    expect(equationLines(SEED_JAXPR)).toEqual([1, 2]);
    expect(equationLines(NESTED)).toEqual([1, 8]);
  });

  it("puts every equation of a one-line jaxpr on its line", () => {
    expect(equationLines("{ lambda ; a:f32[]. let b:f32[] = sin a in (b,) }")).toEqual([0]);
  });
});
