import { describe, expect, it } from "vitest";

import { defaultSettings, parseSettings } from "../../renderer/settings.ts";

describe("settings in the web host's storage", () => {
  it("read back what was saved, and default what is missing or malformed", () => {
    const defaults = defaultSettings(false);
    expect(parseSettings('{"theme":"dark","language":"en","backend":"cpu"}', defaults)).toEqual({
      theme: "dark",
      language: "en",
      backend: "cpu",
    });
    expect(parseSettings('{"theme":"dark","language":"en"}', defaults)).toEqual({
      theme: "dark",
      language: "en",
      backend: "cpu",
    });
    expect(parseSettings('{"theme":"purple","language":"de","backend":"webgpu"}', defaults)).toEqual(
      defaults,
    );
    expect(parseSettings("not json", defaults)).toEqual(defaults);
    expect(parseSettings(null, defaults)).toEqual(defaults);
    expect(parseSettings("[1]", defaults)).toEqual(defaults);
  });
});
