import { describe, expect, it } from "vitest";

import { OutputLog } from "../../../renderer/state/output-log.ts";

describe("OutputLog", () => {
  it("joins writes into lines, keeping each line's stream", () => {
    const log = new OutputLog();
    log.append("stdout", "3");
    log.append("stdout", "6\n{ lambda");
    log.append("stdout", " }\n");
    log.append("stderr", "Traceback\nValueError: x\n");
    expect(log.lines).toEqual([
      { stream: "stdout", text: "36" },
      { stream: "stdout", text: "{ lambda }" },
      { stream: "stderr", text: "Traceback" },
      { stream: "stderr", text: "ValueError: x" },
    ]);
    expect(log.text("stdout")).toBe("36\n{ lambda }");
  });

  it("keeps the tail of a long output and counts the lines it dropped", () => {
    const log = new OutputLog(100);
    for (let i = 0; i < 1000; i++) log.append("stdout", `${i}\n`);
    expect(log.lines.length).toBeLessThanOrEqual(125);
    expect(log.lines.at(-1)).toEqual({ stream: "stdout", text: "999" });
    expect(log.dropped + log.lines.length).toBe(1000);
    expect(log.lines[0].text).toBe(String(log.dropped));
  });

  it("changes its version on every change, and clears", () => {
    const log = new OutputLog();
    const v0 = log.version;
    log.append("stdout", "x\n");
    expect(log.version).toBeGreaterThan(v0);
    log.clear();
    expect(log.lines).toEqual([]);
    expect(log.dropped).toBe(0);
  });
});
