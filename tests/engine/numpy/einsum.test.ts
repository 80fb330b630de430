// jnp.einsum's planning: the contraction steps opt_einsum gives JAX (fixtures/einsum_paths.json,
// made by einsum_paths.py under .venv-jax), which decide the order of dot_general operands in jaxprs.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { planEinsum } from "../../../engine/numpy/einsum.ts";

interface PathCase {
  spec: string;
  shapes: number[][];
  optimize: string | boolean;
  contractions: Array<[number[], string[], string]>;
}

const CASES: PathCase[] = JSON.parse(
  fs.readFileSync(path.join(import.meta.dirname, "fixtures/einsum_paths.json"), "utf8"),
);

describe("einsum contraction paths, as opt_einsum plans them", () => {
  for (const c of CASES) {
    it(`${c.spec} ${JSON.stringify(c.shapes)} optimize=${String(c.optimize)}`, () => {
      const got = planEinsum(c.spec, c.shapes, c.optimize).map((k) => [
        [...k.operands],
        [...k.removed].sort(),
        k.einsumStr,
      ]);
      expect(got).toEqual(c.contractions);
    });
  }
});
