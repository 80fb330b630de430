import i18next, { type TFunction } from "i18next";
import { beforeAll, describe, expect, it } from "vitest";

import {
  documentTitle,
  openNotice,
  saveNotice,
  tooBigToSaveNotice,
} from "../../../renderer/files/document-messages.ts";
import { en } from "../../../renderer/i18n/en.ts";
import { fr } from "../../../renderer/i18n/fr.ts";

let t: TFunction;
let tEn: TFunction;
beforeAll(async () => {
  const resources = { fr: { translation: fr }, en: { translation: en } };
  const instance = i18next.createInstance();
  await instance.init({ lng: "fr", resources, interpolation: { escapeValue: false } });
  t = instance.t;
  tEn = instance.getFixedT("en");
});

describe("the document's title", () => {
  it("shows the file's name, with a dot while modified", () => {
    expect(documentTitle("vmap.py", false)).toBe("vmap.py — Traceur");
    expect(documentTitle("vmap.py", true)).toBe("• vmap.py — Traceur");
    expect(documentTitle(null, false)).toBe("Traceur");
  });
});

describe("the notices about files", () => {
  it("explain why a file did not open, in French and in English", () => {
    expect(openNotice({ kind: "refused", name: "a.py", reason: "not-utf8" }, t)).toBe(
      "Ce fichier n'est pas du texte UTF-8 : Traceur ne peut pas l'ouvrir.",
    );
    expect(
      openNotice({ kind: "refused", name: "a.py", reason: "too-big", sizeBytes: 5 * 1024 * 1024 }, t),
    ).toBe("Ce fichier est trop gros (5.0 Mo) : Traceur ouvre les fichiers de 2.0 Mo au plus.");
    expect(openNotice({ kind: "refused", name: "a.py", reason: "missing" }, t)).toBe(
      "« a.py » n'existe plus : il a été retiré des fichiers récents.",
    );
    expect(openNotice({ kind: "refused", name: "a.py", reason: "unreadable", message: "EACCES" }, tEn)).toBe(
      "Cannot open “a.py”: EACCES",
    );
  });

  it("say nothing when the file opened or the learner cancelled", () => {
    expect(openNotice({ kind: "opened", name: "a.py", text: "" }, t)).toBeNull();
    expect(openNotice({ kind: "cancelled" }, t)).toBeNull();
  });

  it("confirm a save, or say why it failed", () => {
    expect(saveNotice({ kind: "saved", name: "a.py" }, t)).toBe("Enregistré : a.py");
    expect(saveNotice({ kind: "failed", message: "ENOSPC" }, t)).toBe("L'enregistrement a échoué : ENOSPC");
    expect(saveNotice({ kind: "cancelled" }, t)).toBeNull();
    expect(tooBigToSaveNotice("é".repeat(1536 * 1024), t)).toBe(
      "Ce code est trop long pour être enregistré (3.0 Mo) : 2.0 Mo au plus.",
    );
  });
});
