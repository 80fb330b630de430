import { describe, expect, it } from "vitest";

import { OutputBatcher, type OutputChunk } from "../../../renderer/worker/output-batcher.ts";

function batcher(options: { intervalMs?: number; maxPendingChars?: number } = {}) {
  let clock = 0;
  const sent: OutputChunk[] = [];
  const b = new OutputBatcher({ send: (c) => sent.push(c), now: () => clock, ...options });
  return { b, sent, advance: (ms: number) => (clock += ms) };
}

describe("OutputBatcher", () => {
  it("sends nothing until the interval has passed, then everything pending at once", () => {
    const { b, sent, advance } = batcher({ intervalMs: 50 });
    b.write("stdout", "a");
    b.write("stdout", "b");
    expect(sent).toEqual([]);
    advance(50);
    b.write("stdout", "c");
    expect(sent).toEqual([{ stream: "stdout", text: "abc" }]);
  });

  it("sends the first write after a quiet spell at once, even on the other stream", () => {
    // A run that ended on stderr, then a run that prints one line and loops without printing again.
    const { b, sent, advance } = batcher({ intervalMs: 50 });
    advance(100);
    b.write("stderr", "Traceback\n");
    b.flush();
    advance(1000);
    b.write("stdout", "début\n");
    expect(sent).toEqual([
      { stream: "stderr", text: "Traceback\n" },
      { stream: "stdout", text: "début\n" },
    ]);
  });

  it("keeps the order of stdout and stderr", () => {
    const { b, sent } = batcher();
    b.write("stdout", "1\n");
    b.write("stderr", "oops\n");
    b.write("stdout", "2\n");
    b.flush();
    expect(sent).toEqual([
      { stream: "stdout", text: "1\n" },
      { stream: "stderr", text: "oops\n" },
      { stream: "stdout", text: "2\n" },
    ]);
  });

  it("keeps only the tail when output piles up", () => {
    const { b, sent } = batcher({ maxPendingChars: 10 });
    for (let i = 0; i < 100; i++) b.write("stdout", `${i % 10}`);
    b.flush();
    expect(sent).toEqual([{ stream: "stdout", text: "0123456789" }]);
  });
});
