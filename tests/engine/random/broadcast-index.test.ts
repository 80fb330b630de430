// Which operand element lax-style broadcasting reads for each output element.
import { describe, expect, test } from "vitest";
import { broadcastSources } from "../../../engine/random/broadcast-index.ts";

describe("broadcastSources", () => {
  test("a scalar is read everywhere", () => {
    expect(Array.from(broadcastSources([], [2, 2]))).toEqual([0, 0, 0, 0]);
  });

  test("an operand of the output's shape is read in place", () => {
    expect(Array.from(broadcastSources([2, 3], [2, 3]))).toEqual([0, 1, 2, 3, 4, 5]);
  });

  test("size-1 dims repeat along the output's", () => {
    expect(Array.from(broadcastSources([2, 1], [2, 3]))).toEqual([0, 0, 0, 1, 1, 1]);
    expect(Array.from(broadcastSources([1, 3], [2, 3]))).toEqual([0, 1, 2, 0, 1, 2]);
    expect(Array.from(broadcastSources([1, 2, 1], [3, 2, 2]))).toEqual([0, 0, 1, 1, 0, 0, 1, 1, 0, 0, 1, 1]);
  });

  test("an empty output reads nothing", () => {
    expect(broadcastSources([0, 1], [0, 4]).length).toBe(0);
  });
});
