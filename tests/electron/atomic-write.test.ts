import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import { afterEach, beforeEach, describe, expect, it } from "vitest";

import {
  SerialFileWriter,
  temporaryPathFor,
  writeFileAtomic,
  writeFileAtomicSync,
} from "../../electron/atomic-write.ts";

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), "traceur-atomic-"));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe("writeFileAtomic", () => {
  it("writes a new file and replaces an old one, leaving no temporary file", async () => {
    const file = path.join(folder, "lesson.py");
    await writeFileAtomic(file, "print(1)\n");
    expect(await readFile(file, "utf8")).toBe("print(1)\n");
    await writeFileAtomic(file, "print('é')\n");
    expect(await readFile(file, "utf8")).toBe("print('é')\n");
    expect(await readdir(folder)).toEqual(["lesson.py"]);
  });

  it("writes beside the target, under a hidden name of its own", () => {
    const file = path.join(folder, "autosave.py");
    const temporary = temporaryPathFor(file);
    expect(path.dirname(temporary)).toBe(folder);
    expect(path.basename(temporary)).toMatch(/^\.autosave\.py\.[0-9a-f]{12}\.tmp$/);
    expect(temporaryPathFor(file)).not.toBe(temporary);
  });

  it("keeps an existing file's permissions", async () => {
    const file = path.join(folder, "script.py");
    await writeFile(file, "old");
    await chmod(file, 0o600);
    await writeFileAtomic(file, "new");
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it("leaves the old file whole and no temporary file when the write fails", async () => {
    const file = path.join(folder, "missing-folder", "lesson.py");
    await expect(writeFileAtomic(file, "x")).rejects.toThrow(/ENOENT/);
    const target = path.join(folder, "lesson.py");
    await writeFile(target, "old");
    // A directory in the way of the rename: the rename fails after the temporary file was written.
    const blocked = path.join(folder, "blocked.py");
    await mkdir(path.join(blocked, "inside"), { recursive: true });
    await expect(writeFileAtomic(blocked, "x")).rejects.toThrow();
    expect((await readdir(folder)).sort()).toEqual(["blocked.py", "lesson.py"]);
    expect(await readFile(target, "utf8")).toBe("old");
  });
});

describe("SerialFileWriter", () => {
  it("lands the writes in the order of the calls", async () => {
    const file = path.join(folder, "autosave.py");
    const writer = new SerialFileWriter(file);
    const writes = Array.from({ length: 20 }, (_, n) => writer.write(`version ${n}`));
    await Promise.all(writes);
    expect(await readFile(file, "utf8")).toBe("version 19");
    expect(await readdir(folder)).toEqual(["autosave.py"]);
  });

  it("goes on after a failed write", async () => {
    const writer = new SerialFileWriter(path.join(folder, "gone", "autosave.py"));
    await expect(writer.write("a")).rejects.toThrow();
    await mkdir(path.join(folder, "gone"));
    await writer.write("b");
    expect(await readFile(path.join(folder, "gone", "autosave.py"), "utf8")).toBe("b");
  });
});

describe("writeFileAtomicSync", () => {
  it("writes and replaces a file, leaving no temporary file", async () => {
    const file = path.join(folder, "window-state.json");
    writeFileAtomicSync(file, '{"width":800}');
    writeFileAtomicSync(file, '{"width":900}');
    expect(await readFile(file, "utf8")).toBe('{"width":900}');
    expect(await readdir(folder)).toEqual(["window-state.json"]);
    expect(() => writeFileAtomicSync(path.join(folder, "gone", "x.json"), "{}")).toThrow(/ENOENT/);
    expect(await readdir(folder)).toEqual(["window-state.json"]);
  });
});
