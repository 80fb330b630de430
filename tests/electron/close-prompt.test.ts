import { describe, expect, it } from "vitest";

import { closeChoice, closePromptOptions } from "../../electron/close-prompt.ts";

describe("the question before closing with unsaved changes", () => {
  it("names the file and offers Enregistrer, Ne pas enregistrer, Annuler", () => {
    const options = closePromptOptions("vmap.py");
    expect(options.message).toContain("« vmap.py »");
    expect(options.buttons).toEqual(["Enregistrer", "Ne pas enregistrer", "Annuler"]);
    expect(options.buttons?.[options.defaultId ?? -1]).toBe("Enregistrer");
    expect(options.buttons?.[options.cancelId ?? -1]).toBe("Annuler");
  });

  it("reads the answer, anything unexpected as cancel", () => {
    expect([0, 1, 2, 3, -1].map(closeChoice)).toEqual(["save", "discard", "cancel", "cancel", "cancel"]);
  });
});
