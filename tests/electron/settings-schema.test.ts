import { describe, expect, it } from "vitest";

import {
  AVAILABLE_BACKENDS,
  BACKENDS,
  defaultSettings,
  isSettings,
  validSettingsFields,
} from "../../electron/settings-schema.ts";

describe("settings", () => {
  it("start in French, on the CPU, with the system's theme", () => {
    expect(defaultSettings(true)).toEqual({ theme: "dark", language: "fr", backend: "cpu" });
    expect(defaultSettings(false)).toEqual({ theme: "light", language: "fr", backend: "cpu" });
  });

  it("list WebGPU as a backend that is not available yet", () => {
    expect(BACKENDS).toContain("webgpu");
    expect(AVAILABLE_BACKENDS).toEqual(["cpu"]);
  });

  it("keep the valid fields of what was stored", () => {
    expect(validSettingsFields({ theme: "dark", language: "en", backend: "cpu" })).toEqual({
      theme: "dark",
      language: "en",
      backend: "cpu",
    });
    expect(validSettingsFields({ theme: "purple", language: "en", backend: "webgpu", extra: 1 })).toEqual({
      language: "en",
    });
    for (const junk of [null, "dark", 3, ["dark"], undefined]) expect(validSettingsFields(junk)).toEqual({});
  });

  it("accept as new settings only complete, valid ones with nothing else", () => {
    expect(isSettings({ theme: "light", language: "fr", backend: "cpu" })).toBe(true);
    expect(isSettings({ theme: "light", language: "fr" })).toBe(false);
    expect(isSettings({ theme: "light", language: "fr", backend: "webgpu" })).toBe(false);
    expect(isSettings({ theme: "light", language: "de", backend: "cpu" })).toBe(false);
    expect(isSettings({ theme: "light", language: "fr", backend: "cpu", path: "/etc" })).toBe(false);
    expect(isSettings([])).toBe(false);
    expect(isSettings(null)).toBe(false);
  });
});
