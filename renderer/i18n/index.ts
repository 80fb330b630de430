/** i18next with the app's two languages; French unless the learner chose English. */
import i18next from "i18next";
import { initReactI18next } from "react-i18next";

import { en } from "./en.ts";
import { fr } from "./fr.ts";

export const LANGUAGES = ["fr", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.includes(value as Language);
}

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
