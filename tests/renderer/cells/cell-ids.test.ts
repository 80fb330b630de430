import { describe, expect, it } from "vitest";

import { carryCellIds } from "../../../renderer/cells/cell-ids.ts";
import { splitCells } from "../../../renderer/cells/split-cells.ts";

function counter() {
  let n = 0;
  return () => `new${++n}`;
}

describe("carryCellIds", () => {
  it("keeps ids by position while the number of cells stays", () => {
    const next = splitCells("# %%\nx = 1\n\n\n# %%\ny = 2\n");
    const ids = carryCellIds(
      [
        { id: "a", line: 1 },
        { id: "b", line: 3 },
      ],
      next,
      counter(),
    );
    expect(ids).toEqual(["a", "b"]);
  });

  it("gives a new id to a new cell and keeps the others where their first line went", () => {
    // "# %%\nx = 1\n# %%\ny = 2": a marker typed on line 3 splits the first cell in two.
    const next = splitCells("# %%\nx = 1\n# %%\nz = 3\n# %%\ny = 2\n");
    const ids = carryCellIds(
      [
        { id: "a", line: 1 },
        { id: "b", line: 5 },
      ],
      next,
      counter(),
    );
    expect(ids).toEqual(["a", "new1", "b"]);
  });

  it("drops the id of a cell whose marker was removed", () => {
    const next = splitCells("# %%\nx = 1\ny = 2\n");
    const ids = carryCellIds(
      [
        { id: "a", line: 1 },
        { id: "b", line: 1 },
      ],
      next,
      counter(),
    );
    expect(ids).toEqual(["a"]);
  });
});
