import { describe, expect, it } from "vitest";

import { cellAtLine, hasCellMarkers, isCellMarker, splitCells } from "../../../renderer/cells/split-cells.ts";

describe("splitCells", () => {
  it("reads a file without markers as one cell", () => {
    const cells = splitCells("import jax\n\nprint(1)\n");
    expect(cells).toEqual([
      {
        index: 0,
        kind: "code",
        title: "",
        hasMarker: false,
        startLine: 1,
        endLine: 4,
        lastCodeLine: 3,
        code: "import jax\n\nprint(1)\n",
      },
    ]);
    expect(hasCellMarkers(cells)).toBe(false);
  });

  it("splits on lines starting with # %%, with their titles", () => {
    const source = "# %% Imports\nimport jax\n\n# %%\nx = 1\n#%% Sans espace\nprint(x)";
    const cells = splitCells(source);
    expect(cells.map((c) => [c.title, c.startLine, c.endLine, c.lastCodeLine])).toEqual([
      ["Imports", 1, 3, 2],
      ["", 4, 5, 5],
      ["Sans espace", 6, 7, 7],
    ]);
    expect(cells.map((c) => c.code)).toEqual([
      "# %% Imports\nimport jax\n",
      "# %%\nx = 1",
      "#%% Sans espace\nprint(x)",
    ]);
    expect(hasCellMarkers(cells)).toBe(true);
  });

  it("keeps the code above the first marker as a cell of its own, but not blank lines", () => {
    expect(splitCells("import jax\n# %%\nprint(1)\n").map((c) => [c.hasMarker, c.startLine])).toEqual([
      [false, 1],
      [true, 2],
    ]);
    expect(splitCells("\n\n# %%\nprint(1)\n").map((c) => [c.hasMarker, c.startLine])).toEqual([[true, 3]]);
  });

  it("tells Markdown cells apart", () => {
    const cells = splitCells("# %% [markdown] Introduction\n# Du texte\n# %% [md]\n# %%\nx = 1\n");
    expect(cells.map((c) => [c.kind, c.title])).toEqual([
      ["markdown", "Introduction"],
      ["markdown", ""],
      ["code", ""],
    ]);
  });

  it("only takes markers at the start of a line", () => {
    expect(isCellMarker("# %% x")).toBe(true);
    expect(isCellMarker("#%%")).toBe(true);
    expect(isCellMarker("  # %%")).toBe(false);
    expect(isCellMarker("x = 1  # %%")).toBe(false);
    expect(isCellMarker("# %")).toBe(false);
  });

  it("gives a marker-only cell its marker line as last code line", () => {
    const cells = splitCells("# %% A\nx = 1\n# %% B\n\n\n");
    expect(cells[1]).toMatchObject({ startLine: 3, endLine: 6, lastCodeLine: 3 });
  });

  it("reads Windows line ends", () => {
    expect(splitCells("# %%\r\nx = 1\r\n# %%\r\ny = 2\r\n").map((c) => c.code)).toEqual([
      "# %%\nx = 1",
      "# %%\ny = 2\n",
    ]);
  });
});

describe("cellAtLine", () => {
  const cells = splitCells("\n# %% A\nx = 1\n# %% B\ny = 2\n");
  it("finds the cell of a line, the first one for lines above it", () => {
    expect(cellAtLine(cells, 1)?.title).toBe("A");
    expect(cellAtLine(cells, 3)?.title).toBe("A");
    expect(cellAtLine(cells, 4)?.title).toBe("B");
    expect(cellAtLine(cells, 99)?.title).toBe("B");
    expect(cellAtLine([], 1)).toBeNull();
  });
});
