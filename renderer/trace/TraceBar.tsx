/** "Tracer cette fonction": pick a function of the code, give its arguments, optionally a transformation. */
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";

import { TRANSFORM_OPTION, TRANSFORMS, type TraceRequest, type Transform } from "./trace-request.ts";

interface TraceBarProps {
  readonly functions: readonly string[];
  /** A function picked elsewhere (the editor's "Tracer cette fonction"), with a counter to refocus. */
  readonly picked: { readonly name: string; readonly count: number } | null;
  readonly disabled: boolean;
  readonly onTrace: (request: TraceRequest) => void;
}

export function TraceBar({ functions, picked, disabled, onTrace }: TraceBarProps) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<string | null>(null);
  const [args, setArgs] = useState("");
  const [transform, setTransform] = useState<Transform>("none");
  const [options, setOptions] = useState<Partial<Record<Transform, string>>>({});
  const optionKeyword = TRANSFORM_OPTION[transform];
  const argsInput = useRef<HTMLInputElement>(null);

  // A pick from the editor wins until the learner picks another one here.
  const pickedName = picked?.name ?? null;
  const functionName =
    chosen !== null && functions.includes(chosen)
      ? chosen
      : pickedName !== null && functions.includes(pickedName)
        ? pickedName
        : (functions[0] ?? "");

  useEffect(() => {
    if (picked) argsInput.current?.focus();
  }, [picked]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (functionName !== "") onTrace({ functionName, args, transform, option: options[transform] ?? "" });
  };

  return (
    <form className="trace-bar" onSubmit={submit} aria-label={t("trace.title")}>
      <span className="trace-label">{t("trace.title")}</span>
      <select
        aria-label={t("trace.function")}
        value={functionName}
        onChange={(e) => setChosen(e.target.value)}
        disabled={functions.length === 0}
        data-testid="trace-function"
      >
        {functions.length === 0 && <option value="">{t("trace.noFunction")}</option>}
        {functions.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
      <span className="trace-paren">(</span>
      <input
        ref={argsInput}
        className="trace-args"
        aria-label={t("trace.args")}
        placeholder={t("trace.argsPlaceholder")}
        value={args}
        onChange={(e) => setArgs(e.target.value)}
        spellCheck={false}
        data-testid="trace-args"
      />
      <span className="trace-paren">)</span>
      <select
        aria-label={t("trace.transform")}
        value={transform}
        onChange={(e) => setTransform(e.target.value as Transform)}
        data-testid="trace-transform"
      >
        {TRANSFORMS.map((name) => (
          <option key={name} value={name}>
            {name === "none" ? t("trace.asIs") : name}
          </option>
        ))}
      </select>
      {optionKeyword !== undefined && (
        <label className="trace-option">
          <span>{optionKeyword}=</span>
          <input
            aria-label={t(`trace.${optionKeyword}`)}
            title={t(`trace.${optionKeyword}`)}
            placeholder={t(`trace.${optionKeyword}Placeholder`)}
            value={options[transform] ?? ""}
            onChange={(e) => setOptions({ ...options, [transform]: e.target.value })}
            spellCheck={false}
            data-testid="trace-option"
          />
        </label>
      )}
      <button
        type="submit"
        className="text-button trace-button"
        disabled={disabled || functionName === ""}
        data-testid="trace-button"
      >
        {t("trace.run")}
      </button>
    </form>
  );
}
