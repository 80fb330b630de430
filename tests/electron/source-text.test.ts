import { describe, expect, it } from "vitest";

import { decodeSource, MAX_SOURCE_BYTES } from "../../electron/source-text.ts";

describe("decodeSource", () => {
  it("reads UTF-8, with or without a byte order mark, and normalises line ends", () => {
    const bytes = new TextEncoder().encode("x = 'é'\r\nprint(x)\r\n");
    expect(decodeSource(bytes)).toEqual({ ok: true, text: "x = 'é'\nprint(x)\n" });
    expect(decodeSource(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toEqual({ ok: true, text: "a" });
  });

  it("refuses a file that is not UTF-8", () => {
    const latin1 = new Uint8Array([0x78, 0x3d, 0x27, 0xe9, 0x27]);
    expect(decodeSource(latin1)).toEqual({ ok: false, reason: "not-utf8" });
  });

  it("refuses a 5 MB file", () => {
    const big = new Uint8Array(5 * 1024 * 1024).fill(0x61);
    expect(big.length).toBeGreaterThan(MAX_SOURCE_BYTES);
    expect(decodeSource(big)).toEqual({ ok: false, reason: "too-big", sizeBytes: big.length });
  });
});
