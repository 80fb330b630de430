import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { readSourceFile } from "../../electron/source-file.ts";
import { MAX_SOURCE_BYTES } from "../../electron/source-text.ts";

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), "traceur-source-"));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function fileWith(name: string, bytes: Uint8Array | string): Promise<string> {
  const file = path.join(folder, name);
  await writeFile(file, bytes);
  return file;
}

describe("readSourceFile", () => {
  it("reads a UTF-8 file, with Windows line ends normalised", async () => {
    const file = await fileWith("lesson.py", "x = 'é'\r\nprint(x)\r\n");
    expect(await readSourceFile(file)).toEqual({ ok: true, text: "x = 'é'\nprint(x)\n" });
  });

  it("refuses a file that is not UTF-8", async () => {
    const file = await fileWith("latin1.py", Buffer.from("x = 'caf\xe9'\n", "latin1"));
    expect(await readSourceFile(file)).toEqual({ ok: false, reason: "not-utf8" });
  });

  it("refuses a 5 MB file, saying its size", async () => {
    const size = 5 * 1024 * 1024;
    const file = await fileWith("big.py", Buffer.alloc(size, "a"));
    expect(size).toBeGreaterThan(MAX_SOURCE_BYTES);
    expect(await readSourceFile(file)).toEqual({ ok: false, reason: "too-big", sizeBytes: size });
  });

  it("accepts a file of exactly the limit", async () => {
    const file = await fileWith("limit.py", Buffer.alloc(MAX_SOURCE_BYTES, "a"));
    const content = await readSourceFile(file);
    expect(content.ok && content.text.length).toBe(MAX_SOURCE_BYTES);
  });

  it("tells a missing file from one that cannot be read", async () => {
    expect(await readSourceFile(path.join(folder, "gone.py"))).toEqual({ ok: false, reason: "missing" });
    const directory = path.join(folder, "a-folder.py");
    await mkdir(directory);
    const content = await readSourceFile(directory);
    expect(content.ok).toBe(false);
    expect(!content.ok && content.reason).toBe("unreadable");
  });
});
