import path from "node:path";

import { describe, expect, it } from "vitest";

import {
  describeRecentFiles,
  MAX_RECENT_FILES,
  parseRecentFiles,
  withoutRecentFile,
  withRecentFile,
} from "../../electron/recent-files.ts";

const file = (n: number) => path.resolve(`/lessons/lesson-${n}.py`);

describe("the recent files list", () => {
  it("puts the latest file first, once", () => {
    let list: string[] = [];
    list = withRecentFile(list, file(1));
    list = withRecentFile(list, file(2));
    list = withRecentFile(list, file(1));
    expect(list).toEqual([file(1), file(2)]);
  });

  it("keeps at most ten files, dropping the oldest", () => {
    let list: string[] = [];
    for (let n = 0; n < 15; n++) list = withRecentFile(list, file(n));
    expect(MAX_RECENT_FILES).toBe(10);
    expect(list).toHaveLength(10);
    expect(list[0]).toBe(file(14));
    expect(list.at(-1)).toBe(file(5));
  });

  it("removes a file", () => {
    expect(withoutRecentFile([file(1), file(2), file(3)], file(2))).toEqual([file(1), file(3)]);
    expect(withoutRecentFile([file(1)], file(9))).toEqual([file(1)]);
  });

  it("reads back only the usable absolute paths of a saved list", () => {
    expect(parseRecentFiles([file(1), "relative.py", 3, null, file(1), "", `${file(2)}\0`, file(2)])).toEqual(
      [file(1), file(2)],
    );
    expect(parseRecentFiles({ files: [file(1)] })).toEqual([]);
    expect(parseRecentFiles(null)).toEqual([]);
    expect(parseRecentFiles(Array.from({ length: 20 }, (_, n) => file(n)))).toHaveLength(10);
  });

  it("names each file for the menu", () => {
    expect(describeRecentFiles([file(1)])).toEqual([{ path: file(1), name: "lesson-1.py" }]);
  });
});
