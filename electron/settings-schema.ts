/**
 * The learner's settings, their allowed values, and the checks both hosts apply to them: the main
 * process on every `set-settings` call and on the file it reads back, the web host on localStorage.
 * No imports: the main process, the preload and the renderer all read it.
 */

export const THEMES = ["light", "dark"] as const;
export type Theme = (typeof THEMES)[number];

export const LANGUAGES = ["fr", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * Where the engine computes. Only the CPU backend exists today; WebGPU is listed so that the settings
 * can show it as coming, but it is not a value a setting may take until it exists.
 */
export const BACKENDS = ["cpu", "webgpu"] as const;
export type Backend = (typeof BACKENDS)[number];
export const AVAILABLE_BACKENDS: readonly Backend[] = ["cpu"];

export interface Settings {
  readonly theme: Theme;
  readonly language: Language;
  readonly backend: Backend;
}

const isOneOf = <T extends string>(values: readonly T[], value: unknown): value is T =>
  typeof value === "string" && (values as readonly string[]).includes(value);

export const isTheme = (value: unknown): value is Theme => isOneOf(THEMES, value);
export const isLanguage = (value: unknown): value is Language => isOneOf(LANGUAGES, value);
export const isAvailableBackend = (value: unknown): value is Backend => isOneOf(AVAILABLE_BACKENDS, value);

export function defaultSettings(prefersDark: boolean): Settings {
  return { theme: prefersDark ? "dark" : "light", language: "fr", backend: "cpu" };
}

/**
 * The valid fields of settings read back from storage (an old, edited or corrupt file): the caller
 * completes the rest with its defaults.
 */
export function validSettingsFields(value: unknown): Partial<Settings> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return {};
  const { theme, language, backend } = value as Record<string, unknown>;
  return {
    ...(isTheme(theme) ? { theme } : {}),
    ...(isLanguage(language) ? { language } : {}),
    ...(isAvailableBackend(backend) ? { backend } : {}),
  };
}

/** Whether `value` is complete, valid settings and nothing else (what `set-settings` accepts). */
export function isSettings(value: unknown): value is Settings {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  const valid = validSettingsFields(value);
  return keys.length === 3 && Object.keys(valid).length === 3;
}
