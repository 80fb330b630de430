import { describe, expect, it } from "vitest";

import { formatCount, formatDuration, formatSpeedup } from "../../../renderer/timings/format-duration.ts";

describe("formatDuration", () => {
  it("writes milliseconds with two decimals in the interface's language", () => {
    expect(formatDuration(7.4321, "fr")).toBe("7,43\u00a0ms");
    expect(formatDuration(7.4321, "en")).toBe("7.43\u00a0ms");
    expect(formatDuration(21.05, "fr")).toBe("21,05\u00a0ms");
  });

  it("switches to microseconds below a millisecond and to seconds above a thousand", () => {
    expect(formatDuration(0.0274, "fr")).toBe("27,4\u00a0µs");
    expect(formatDuration(0.25, "en")).toBe("250\u00a0µs");
    expect(formatDuration(1250, "fr")).toBe("1,25\u00a0s");
    expect(formatDuration(1250, "en")).toBe("1.25\u00a0s");
  });
});

describe("formatSpeedup and formatCount", () => {
  it("writes ratios and counts in the interface's language", () => {
    expect(formatSpeedup(3.64, "fr")).toBe("×3,6");
    expect(formatSpeedup(0.56, "en")).toBe("×0.6");
    expect(formatSpeedup(12.4, "fr")).toBe("×12");
    expect(formatCount(10000, "en")).toBe("10,000");
    expect(formatCount(10000, "fr")).toBe("10\u202f000");
  });
});
