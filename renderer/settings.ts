/** The learner's settings, and the defaults a first start uses. */
import type { Theme } from "./graph/graph-style.ts";
import { isLanguage, type Language } from "./i18n/index.ts";

export interface Settings {
  readonly theme: Theme;
  readonly language: Language;
}

export function defaultSettings(prefersDark: boolean): Settings {
  return { theme: prefersDark ? "dark" : "light", language: "fr" };
}

/** Settings read back from storage: anything missing or malformed takes its default. */
export function parseSettings(raw: string | null, defaults: Settings): Settings {
  if (raw === null) return defaults;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return defaults;
  }
  if (typeof value !== "object" || value === null) return defaults;
  const { theme, language } = value as Record<string, unknown>;
  return {
    theme: theme === "dark" || theme === "light" ? theme : defaults.theme,
    language: isLanguage(language) ? language : defaults.language,
  };
}
