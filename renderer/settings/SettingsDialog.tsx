/**
 * The settings (gear button, or the desktop menu's "Paramètres…"): theme, language, and where the
 * engine computes. Only the CPU exists today; WebGPU is shown, disabled, as coming.
 */
import { useEffect, useId, useRef, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

import {
  AVAILABLE_BACKENDS,
  BACKENDS,
  LANGUAGES,
  THEMES,
  type Backend,
  type Language,
  type Settings,
  type Theme,
} from "../../electron/settings-schema.ts";

/** Each language under its own name, whatever the interface's language. */
const LANGUAGE_NAMES: Record<Language, string> = { fr: "Français", en: "English" };

interface Choice<T extends string> {
  readonly value: T;
  readonly label: string;
  readonly hint?: string;
  readonly badge?: string;
  readonly disabled?: boolean;
}

function ChoiceGroup<T extends string>({
  legend,
  name,
  choices,
  value,
  onChange,
  layout,
}: {
  readonly legend: string;
  readonly name: string;
  readonly choices: readonly Choice<T>[];
  readonly value: T;
  readonly onChange: (value: T) => void;
  readonly layout: "row" | "column";
}) {
  return (
    <fieldset className={`settings-group ${layout}`} data-testid={`settings-${name}`}>
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label
          key={choice.value}
          className={`settings-choice${choice.disabled ? " disabled" : ""}`}
          data-value={choice.value}
        >
          <input
            type="radio"
            name={name}
            value={choice.value}
            checked={value === choice.value}
            disabled={choice.disabled}
            onChange={() => onChange(choice.value)}
          />
          <span className="settings-choice-text">
            <span className="settings-choice-label">
              {choice.label}
              {choice.badge && <span className="settings-badge">{choice.badge}</span>}
            </span>
            {choice.hint && <span className="settings-choice-hint">{choice.hint}</span>}
          </span>
        </label>
      ))}
    </fieldset>
  );
}

export function SettingsDialog({
  open,
  settings,
  storedWhere,
  onChange,
  onClose,
}: {
  readonly open: boolean;
  readonly settings: Settings;
  /** Where the settings are kept, in the learner's words. */
  readonly storedWhere: ReactNode;
  readonly onChange: (settings: Settings) => void;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  const themeLabels: Record<Theme, string> = {
    light: t("settings.themeLight"),
    dark: t("settings.themeDark"),
  };
  const backendChoices = BACKENDS.map((backend): Choice<Backend> => {
    const available = AVAILABLE_BACKENDS.includes(backend);
    return {
      value: backend,
      label: t(`settings.backends.${backend}.label`),
      hint: t(`settings.backends.${backend}.hint`),
      ...(available ? {} : { disabled: true, badge: t("settings.soon") }),
    };
  });

  return (
    <dialog
      ref={dialog}
      className="settings-dialog"
      aria-labelledby={titleId}
      data-testid="settings-dialog"
      onClose={onClose}
      onClick={(event) => {
        // A click on the backdrop (the dialog element itself, outside its content) closes it.
        if (event.target === dialog.current) onClose();
      }}
    >
      <div className="settings-content">
        <header className="settings-header">
          <h2 id={titleId}>{t("settings.title")}</h2>
          <button
            type="button"
            className="button icon subtle"
            aria-label={t("settings.close")}
            onClick={onClose}
          >
            ✕
          </button>
        </header>
        <ChoiceGroup
          legend={t("settings.theme")}
          name="theme"
          layout="row"
          value={settings.theme}
          choices={THEMES.map((theme) => ({ value: theme, label: themeLabels[theme] }))}
          onChange={(theme) => onChange({ ...settings, theme })}
        />
        <ChoiceGroup
          legend={t("settings.language")}
          name="language"
          layout="row"
          value={settings.language}
          choices={LANGUAGES.map((language) => ({ value: language, label: LANGUAGE_NAMES[language] }))}
          onChange={(language) => onChange({ ...settings, language })}
        />
        <ChoiceGroup
          legend={t("settings.backend")}
          name="backend"
          layout="column"
          value={settings.backend}
          choices={backendChoices}
          onChange={(backend) => onChange({ ...settings, backend })}
        />
        <footer className="settings-footer">
          <span className="settings-stored">{storedWhere}</span>
          <button type="button" className="button primary" onClick={onClose}>
            {t("settings.done")}
          </button>
        </footer>
      </div>
    </dialog>
  );
}
