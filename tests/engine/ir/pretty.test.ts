import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type Doc, brk, concat, format, group, join, nest, nil, text } from "../../../engine/ir/pretty.ts";

// Each case is a document and what JAX 0.10.2's C++ pretty printer made of it at the given widths, written by
// fixtures/gen_pretty_cases.py (named layout cases, then seeded random documents).
type DocJson =
  | ["t", string]
  | ["b", string]
  | ["c", DocJson[]]
  | ["g", DocJson]
  | ["n", number, DocJson]
  | ["j", DocJson, DocJson[]]
  | ["0"];
interface Case {
  name: string;
  doc: DocJson;
  out: Record<string, string>;
}

const cases = JSON.parse(readFileSync(new URL("./fixtures/pretty-cases.json", import.meta.url), "utf8")) as Case[];

function build(d: DocJson): Doc {
  switch (d[0]) {
    case "t":
      return text(d[1]);
    case "b":
      return brk(d[1]);
    case "c":
      return concat(d[1].map(build));
    case "g":
      return group(build(d[1]));
    case "n":
      return nest(d[1], build(d[2]));
    case "j":
      return join(build(d[1]), d[2].map(build));
    case "0":
      return nil;
  }
}

describe("format matches JAX's pretty printer", () => {
  for (const c of cases) {
    it(c.name, () => {
      for (const [width, expected] of Object.entries(c.out)) {
        expect(format(build(c.doc), Number(width))).toBe(expected);
      }
    });
  }
});

it("formats at width 80 by default", () => {
  for (const c of cases) expect(format(build(c.doc))).toBe(c.out["80"]);
});
