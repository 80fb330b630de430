import path from "node:path";

import { describe, expect, it } from "vitest";

import { resolveAppFile } from "../../electron/app-files.ts";

const root = path.resolve("/srv/traceur/renderer");

describe("resolveAppFile", () => {
  it("maps URL paths to files under the root", () => {
    expect(resolveAppFile(root, "/index.html")).toBe(path.join(root, "index.html"));
    expect(resolveAppFile(root, "/assets/index-abc.js")).toBe(path.join(root, "assets", "index-abc.js"));
    expect(resolveAppFile(root, "/pyodide/pyodide.asm.wasm")).toBe(
      path.join(root, "pyodide", "pyodide.asm.wasm"),
    );
  });

  it("serves index.html for a path ending in a slash", () => {
    expect(resolveAppFile(root, "/")).toBe(path.join(root, "index.html"));
    expect(resolveAppFile(root, "/lessons/")).toBe(path.join(root, "lessons", "index.html"));
  });

  it("decodes percent-encoded names", () => {
    expect(resolveAppFile(root, "/le%C3%A7ons/a%20b.json")).toBe(path.join(root, "leçons", "a b.json"));
  });

  it("never resolves outside the root", () => {
    expect(resolveAppFile(root, "/../package.json")).toBeNull();
    expect(resolveAppFile(root, "/%2e%2e/package.json")).toBeNull();
    expect(resolveAppFile(root, "/assets/../../secret")).toBeNull();
    expect(resolveAppFile(root, "/..%2f..%2fetc/passwd")).toBeNull();
    expect(resolveAppFile(root, "/..%5c..%5cwindows")).toBeNull();
    expect(resolveAppFile(root, "/index.html%00.png")).toBeNull();
  });

  it("keeps dot segments that stay inside", () => {
    expect(resolveAppFile(root, "/assets/../index.html")).toBe(path.join(root, "index.html"));
  });

  it("rejects malformed escapes", () => {
    expect(resolveAppFile(root, "/%E0%A4%A")).toBeNull();
  });
});
