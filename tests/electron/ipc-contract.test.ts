import { describe, expect, it } from "vitest";

import { isMenuCommand, MENU_COMMANDS } from "../../electron/ipc-contract.ts";

describe("isMenuCommand", () => {
  it("accepts exactly the menu's commands", () => {
    for (const command of MENU_COMMANDS) expect(isMenuCommand(command)).toBe(true);
    for (const other of ["", "OPEN", "open ", "delete", null, undefined, 1, {}, ["open"]]) {
      expect(isMenuCommand(other)).toBe(false);
    }
  });
});
