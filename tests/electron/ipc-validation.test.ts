import { describe, expect, it } from "vitest";

import { IpcChannel, type IpcChannelName } from "../../electron/ipc-contract.ts";
import { checkIpcArgs, IpcArgumentError, MAX_PATH_LENGTH } from "../../electron/ipc-validation.ts";
import { MAX_SOURCE_BYTES } from "../../electron/source-text.ts";

const refuses = (channel: IpcChannelName, args: unknown[]) =>
  expect(() => checkIpcArgs(channel, args)).toThrow(IpcArgumentError);

describe("IPC arguments", () => {
  it("take no arguments on the channels that need none", () => {
    for (const channel of [
      IpcChannel.getAppInfo,
      IpcChannel.openFile,
      IpcChannel.getRecentFiles,
      IpcChannel.loadAutosave,
      IpcChannel.getSettings,
      IpcChannel.closeWindow,
    ]) {
      expect(checkIpcArgs(channel, [])).toEqual([]);
      refuses(channel, ["/etc/passwd"]);
    }
  });

  it("take one text of at most the source limit to save or autosave", () => {
    for (const channel of [IpcChannel.saveFile, IpcChannel.saveFileAs, IpcChannel.autosave]) {
      expect(checkIpcArgs(channel, ["print('é')\n"])).toEqual(["print('é')\n"]);
      expect(checkIpcArgs(channel, [""])).toEqual([""]);
      refuses(channel, []);
      refuses(channel, [42]);
      refuses(channel, [{ text: "x" }]);
      refuses(channel, ["x", "/tmp/elsewhere.py"]);
      refuses(channel, ["a".repeat(MAX_SOURCE_BYTES + 1)]);
      // Within the limit in UTF-16 units, over it in UTF-8 bytes.
      refuses(channel, ["é".repeat(MAX_SOURCE_BYTES / 2 + 1)]);
    }
    expect(checkIpcArgs(IpcChannel.autosave, ["a".repeat(MAX_SOURCE_BYTES)])[0]).toHaveLength(
      MAX_SOURCE_BYTES,
    );
  });

  it("take one plausible path to open a recent file", () => {
    expect(checkIpcArgs(IpcChannel.openRecent, ["/home/ada/lesson.py"])).toEqual(["/home/ada/lesson.py"]);
    refuses(IpcChannel.openRecent, []);
    refuses(IpcChannel.openRecent, [""]);
    refuses(IpcChannel.openRecent, [["/a.py"]]);
    refuses(IpcChannel.openRecent, ["/a.py\0.txt"]);
    refuses(IpcChannel.openRecent, [`/${"a".repeat(MAX_PATH_LENGTH)}`]);
  });

  it("take complete, valid settings, and pass on nothing else", () => {
    expect(checkIpcArgs(IpcChannel.setSettings, [{ theme: "dark", language: "en", backend: "cpu" }])).toEqual(
      [{ theme: "dark", language: "en", backend: "cpu" }],
    );
    refuses(IpcChannel.setSettings, [{ theme: "dark", language: "en", backend: "webgpu" }]);
    refuses(IpcChannel.setSettings, [{ theme: "dark", language: "en" }]);
    refuses(IpcChannel.setSettings, ["dark"]);
    refuses(IpcChannel.setSettings, []);
  });

  it("take the document's state as one boolean", () => {
    expect(checkIpcArgs(IpcChannel.setDocumentState, [{ modified: true }])).toEqual([{ modified: true }]);
    refuses(IpcChannel.setDocumentState, [{ modified: "yes" }]);
    refuses(IpcChannel.setDocumentState, [{ modified: true, path: "/etc/passwd" }]);
    refuses(IpcChannel.setDocumentState, [null]);
  });

  it("say which channel refused what", () => {
    expect(() => checkIpcArgs(IpcChannel.setSettings, ["x"])).toThrow(
      /traceur:set-settings.*réglages invalides/,
    );
  });
});
