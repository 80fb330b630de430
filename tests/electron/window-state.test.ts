import { describe, expect, it } from "vitest";

import { DEFAULT_WINDOW_STATE, restoreWindowState, windowStateToSave } from "../../electron/window-state.ts";

const laptop = { x: 0, y: 0, width: 1440, height: 875 };
const external = { x: 1440, y: 0, width: 2560, height: 1415 };

describe("restoreWindowState", () => {
  it("restores a saved window that is on a screen", () => {
    const saved = { x: 100, y: 80, width: 1200, height: 760, maximized: false };
    expect(restoreWindowState(saved, [laptop])).toEqual(saved);
    expect(restoreWindowState({ ...saved, x: 2000, maximized: true }, [laptop, external])).toEqual({
      ...saved,
      x: 2000,
      maximized: true,
    });
  });

  it("centres a window saved on a screen that is gone", () => {
    const saved = { x: 2000, y: 100, width: 1200, height: 760, maximized: false };
    expect(restoreWindowState(saved, [laptop])).toEqual({ width: 1200, height: 760, maximized: false });
  });

  it("keeps sizes between the minimum and the largest screen", () => {
    expect(restoreWindowState({ width: 200, height: 100 }, [laptop])).toEqual({
      width: 800,
      height: 500,
      maximized: false,
    });
    expect(restoreWindowState({ width: 5000, height: 3000 }, [laptop])).toEqual({
      width: 1440,
      height: 875,
      maximized: false,
    });
  });

  it("falls back to the defaults on anything else", () => {
    for (const saved of [
      null,
      undefined,
      "big",
      42,
      [],
      { width: "1200", height: 700 },
      { width: 1.5, height: 700 },
    ]) {
      expect(restoreWindowState(saved, [laptop])).toEqual(DEFAULT_WINDOW_STATE);
    }
  });
});

describe("windowStateToSave", () => {
  it("saves the normal bounds and the maximized flag", () => {
    expect(windowStateToSave({ x: 10, y: 20, width: 900, height: 600 }, true)).toEqual({
      x: 10,
      y: 20,
      width: 900,
      height: 600,
      maximized: true,
    });
  });
});
