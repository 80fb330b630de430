/** The learner's settings (electron/settings-schema.ts), as the web host keeps them in localStorage. */
import { validSettingsFields, type Settings } from "../electron/settings-schema.ts";

export { defaultSettings, type Settings } from "../electron/settings-schema.ts";

/** Settings read back from storage: anything missing or malformed takes its default. */
export function parseSettings(raw: string | null, defaults: Settings): Settings {
  if (raw === null) return defaults;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return defaults;
  }
  return { ...defaults, ...validSettingsFields(value) };
}
