import { describe, expect, it } from "vitest";

import { defaultSettings, parseSettings } from "../../renderer/settings.ts";

describe("settings", () => {
  it("start in French, with the system's theme", () => {
    expect(defaultSettings(true)).toEqual({ theme: "dark", language: "fr" });
    expect(defaultSettings(false)).toEqual({ theme: "light", language: "fr" });
  });

  it("read back what was saved, and default what is missing or malformed", () => {
    const defaults = defaultSettings(false);
    expect(parseSettings('{"theme":"dark","language":"en"}', defaults)).toEqual({
      theme: "dark",
      language: "en",
    });
    expect(parseSettings('{"theme":"purple","language":"de"}', defaults)).toEqual(defaults);
    expect(parseSettings("not json", defaults)).toEqual(defaults);
    expect(parseSettings(null, defaults)).toEqual(defaults);
    expect(parseSettings("[1]", defaults)).toEqual(defaults);
  });
});
