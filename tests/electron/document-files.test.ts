import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { DocumentFiles, RECENT_FILES_FILE, type FileDialogs } from "../../electron/document-files.ts";
import type { RecentFile } from "../../electron/ipc-contract.ts";
import { IpcArgumentError } from "../../electron/ipc-validation.ts";
import { UserDataFiles } from "../../electron/user-data.ts";

let folder: string;
let userData: UserDataFiles;
beforeEach(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), "traceur-documents-"));
  userData = new UserDataFiles(path.join(folder, "userData"));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** Dialogs that answer with the queued paths (null: cancelled), and remember what they were asked. */
function scriptedDialogs(answers: (string | null)[]): FileDialogs & { suggested: string[] } {
  const suggested: string[] = [];
  return {
    suggested,
    chooseFileToOpen: () => Promise.resolve(answers.shift() ?? null),
    chooseFileToSave: (proposal) => {
      suggested.push(proposal);
      return Promise.resolve(answers.shift() ?? null);
    },
  };
}

async function documentFiles(answers: (string | null)[] = []) {
  const dialogs = scriptedDialogs(answers);
  const menus: (readonly RecentFile[])[] = [];
  const files = await DocumentFiles.load({
    dialogs,
    userData,
    documentsFolder: path.join(folder, "Documents"),
    onRecentFilesChanged: (recent) => menus.push(recent),
  });
  return { files, dialogs, menus };
}

const inFolder = (name: string) => path.join(folder, name);

describe("the document's files", () => {
  it("opens a file chosen in the dialog and makes it the first recent file", async () => {
    await writeFile(inFolder("vmap.py"), "print('vmap')\n");
    const { files, menus } = await documentFiles([inFolder("vmap.py")]);
    expect(await files.open()).toEqual({ kind: "opened", name: "vmap.py", text: "print('vmap')\n" });
    expect(files.currentPath).toBe(inFolder("vmap.py"));
    expect(files.recentFiles()).toEqual([{ path: inFolder("vmap.py"), name: "vmap.py" }]);
    expect(menus).toEqual([[{ path: inFolder("vmap.py"), name: "vmap.py" }]]);
    expect(await userData.readJson(RECENT_FILES_FILE)).toEqual([inFolder("vmap.py")]);
  });

  it("reports a cancelled dialog, a non-UTF-8 file and a too big one, and keeps its file", async () => {
    await writeFile(inFolder("latin1.py"), Buffer.from("x = 'caf\xe9'\n", "latin1"));
    await writeFile(inFolder("big.py"), Buffer.alloc(5 * 1024 * 1024, "a"));
    const { files } = await documentFiles([null, inFolder("latin1.py"), inFolder("big.py")]);
    expect(await files.open()).toEqual({ kind: "cancelled" });
    expect(await files.open()).toEqual({ kind: "refused", name: "latin1.py", reason: "not-utf8" });
    expect(await files.open()).toEqual({
      kind: "refused",
      name: "big.py",
      reason: "too-big",
      sizeBytes: 5 * 1024 * 1024,
    });
    expect(files.currentPath).toBeNull();
    expect(files.recentFiles()).toEqual([]);
  });

  it("saves as the first time, then to the same file without asking", async () => {
    const { files, dialogs } = await documentFiles([inFolder("mine.py")]);
    expect(await files.save("a = 1\n")).toEqual({ kind: "saved", name: "mine.py" });
    expect(dialogs.suggested).toEqual([path.join(folder, "Documents", "main.py")]);
    files.setModified(true);
    expect(files.needsSaveBeforeClose).toBe(true);
    expect(await files.save("a = 2\n")).toEqual({ kind: "saved", name: "mine.py" });
    expect(dialogs.suggested).toHaveLength(1);
    expect(await readFile(inFolder("mine.py"), "utf8")).toBe("a = 2\n");
    expect(files.modified).toBe(false);
    expect(files.recentFiles().map((f) => f.name)).toEqual(["mine.py"]);
  });

  it("saves as another file, proposing the current one", async () => {
    await writeFile(inFolder("first.py"), "x = 1\n");
    const { files, dialogs } = await documentFiles([inFolder("first.py"), inFolder("copy.py"), null]);
    await files.open();
    expect(await files.saveAs("x = 2\n")).toEqual({ kind: "saved", name: "copy.py" });
    expect(dialogs.suggested).toEqual([inFolder("first.py")]);
    expect(files.currentPath).toBe(inFolder("copy.py"));
    expect(await readFile(inFolder("first.py"), "utf8")).toBe("x = 1\n");
    expect(files.recentFiles().map((f) => f.name)).toEqual(["copy.py", "first.py"]);
    expect(await files.saveAs("x = 3\n")).toEqual({ kind: "cancelled" });
    expect(await readFile(inFolder("copy.py"), "utf8")).toBe("x = 2\n");
  });

  it("reports a save that fails", async () => {
    const { files } = await documentFiles([path.join(folder, "no-such-folder", "x.py")]);
    const result = await files.save("x");
    expect(result.kind).toBe("failed");
    expect(result.kind === "failed" && result.message).toMatch(/ENOENT/);
    expect(files.currentPath).toBeNull();
  });

  it("opens only the recent files it handed out", async () => {
    await writeFile(inFolder("a.py"), "a\n");
    await writeFile(inFolder("secret.py"), "secret\n");
    const { files } = await documentFiles([inFolder("a.py")]);
    await files.open();
    expect(await files.openRecent(inFolder("a.py"))).toEqual({ kind: "opened", name: "a.py", text: "a\n" });
    await expect(files.openRecent(inFolder("secret.py"))).rejects.toThrow(IpcArgumentError);
  });

  it("drops a recent file that no longer exists, saying so", async () => {
    await writeFile(inFolder("a.py"), "a\n");
    await writeFile(inFolder("b.py"), "b\n");
    const { files, menus } = await documentFiles([inFolder("a.py"), inFolder("b.py")]);
    await files.open();
    await files.open();
    await rm(inFolder("a.py"));
    expect(await files.openRecent(inFolder("a.py"))).toEqual({
      kind: "refused",
      name: "a.py",
      reason: "missing",
    });
    expect(files.recentFiles().map((f) => f.name)).toEqual(["b.py"]);
    expect(menus.at(-1)?.map((f) => f.name)).toEqual(["b.py"]);
    expect(await userData.readJson(RECENT_FILES_FILE)).toEqual([inFolder("b.py")]);
  });

  it("remembers the recent files across starts, and clears them", async () => {
    await writeFile(inFolder("a.py"), "a\n");
    const first = await documentFiles([inFolder("a.py")]);
    await first.files.open();
    const second = await documentFiles();
    expect(second.files.recentFiles().map((f) => f.name)).toEqual(["a.py"]);
    await second.files.clearRecentFiles();
    expect(second.files.recentFiles()).toEqual([]);
    expect(second.menus).toEqual([[]]);
    expect((await documentFiles()).files.recentFiles()).toEqual([]);
  });

  it("asks before closing only for unsaved changes to a file", async () => {
    await writeFile(inFolder("a.py"), "a\n");
    const { files } = await documentFiles([inFolder("a.py")]);
    files.setModified(true);
    expect(files.needsSaveBeforeClose).toBe(false);
    await files.open();
    expect(files.needsSaveBeforeClose).toBe(false);
    files.setModified(true);
    expect(files.needsSaveBeforeClose).toBe(true);
    expect(files.fileName).toBe("a.py");
    files.startUntitled();
    expect(files.needsSaveBeforeClose).toBe(false);
    expect(files.fileName).toBe("main.py");
  });
});

describe("the user's data folder", () => {
  it("creates itself, and reads missing or corrupt files as null", async () => {
    expect(await userData.readText("autosave.py")).toBeNull();
    await userData.writeText("autosave.py", "print('tapé')\n");
    expect(await userData.readText("autosave.py")).toBe("print('tapé')\n");
    await writeFile(userData.path("settings.json"), "{ not json");
    expect(await userData.readJson("settings.json")).toBeNull();
    await userData.writeJson("settings.json", { theme: "dark" });
    expect(await userData.readJson("settings.json")).toEqual({ theme: "dark" });
  });
});
