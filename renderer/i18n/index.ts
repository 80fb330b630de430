/** i18next with the app's two languages; French unless the learner chose English. */
import i18next from "i18next";
import { initReactI18next } from "react-i18next";

import { en } from "./en.ts";
import { fr } from "./fr.ts";

import type { Language } from "../../electron/settings-schema.ts";

export { isLanguage, LANGUAGES, type Language } from "../../electron/settings-schema.ts";

export async function initI18n(language: Language): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: "fr",
    resources: { fr: { translation: fr }, en: { translation: en } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}
