/** The printed jaxpr, coloured as JAX's colour printer does, copyable, linked line by line to the graph. */
import { memo, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";

import { equationLines, tokenizeJaxprLine } from "./jaxpr-text.ts";

interface JaxprLineProps {
  readonly line: string;
  readonly equation: number | null;
  readonly highlighted: boolean;
  /** Created by the learner's current line in the editor. */
  readonly linked: boolean;
  readonly onHoverEquation: (index: number | null) => void;
}

/** One line, coloured; memoized so that hovering redraws two lines, not a 2,000-line jaxpr. */
const JaxprLine = memo(function JaxprLine({
  line,
  equation,
  highlighted,
  linked,
  onHoverEquation,
}: JaxprLineProps) {
  return (
    <span
      className={["jaxpr-line", highlighted ? "highlighted" : "", linked ? "linked" : ""]
        .filter(Boolean)
        .join(" ")}
      onMouseEnter={() => onHoverEquation(equation)}
      onMouseLeave={() => onHoverEquation(null)}
    >
      {tokenizeJaxprLine(line).map((token, k) =>
        token.kind === "space" || token.kind === "punct" ? (
          token.text
        ) : (
          <span key={k} className={`tok-${token.kind}`}>
            {token.text}
          </span>
        ),
      )}
      {"\n"}
    </span>
  );
});

interface JaxprPanelProps {
  readonly text: string | null;
  /** The top-level equation to highlight (hovered in the graph), if any. */
  readonly highlightedEquation: number | null;
  readonly onHoverEquation: (index: number | null) => void;
  /** The top-level equations the learner's current line created. */
  readonly linkedEquations?: ReadonlySet<number>;
}

export function JaxprPanel({ text, highlightedEquation, onHoverEquation, linkedEquations }: JaxprPanelProps) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const lines = useMemo(() => (text === null ? [] : text.split("\n")), [text]);
  const starts = useMemo(() => (text === null ? [] : equationLines(text)), [text]);
  // Line → equation index: an equation owns the lines from its start to the next one's.
  const equationOfLine = useMemo(() => {
    const owner = new Array<number | null>(lines.length).fill(null);
    starts.forEach((start, i) => {
      const end = i + 1 < starts.length && starts[i + 1] !== start ? starts[i + 1] : start + 1;
      for (let l = start; l < end && l < lines.length; l++) owner[l] ??= i;
    });
    return owner;
  }, [lines, starts]);

  const copy = () => {
    if (text === null) return;
    void navigator.clipboard.writeText(text).then(() => {
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    });
  };

  return (
    <div className="jaxpr-panel">
      {text === null ? (
        <p className="empty-note" data-testid="jaxpr-text">
          {t("jaxpr.empty")}
        </p>
      ) : (
        <>
          <button type="button" className="text-button copy-button" onClick={copy}>
            {copied ? t("jaxpr.copied") : t("jaxpr.copy")}
          </button>
          <pre className="jaxpr-text" data-testid="jaxpr-text">
            {lines.map((line, i) => (
              <JaxprLine
                key={i}
                line={line}
                equation={equationOfLine[i]}
                highlighted={equationOfLine[i] !== null && equationOfLine[i] === highlightedEquation}
                linked={equationOfLine[i] !== null && (linkedEquations?.has(equationOfLine[i]) ?? false)}
                onHoverEquation={onHoverEquation}
              />
            ))}
          </pre>
        </>
      )}
    </div>
  );
}
