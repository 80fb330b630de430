/** The printed jaxpr, coloured as JAX's colour printer does, copyable, linked line by line to the graph. */
import { memo, useDeferredValue, useMemo, useState } from "react";
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

/** Lines per block of a long jaxpr: the browser lays out only the blocks in view (content-visibility). */
const BLOCK_LINES = 50;
/** Below this many lines, the text is one block. */
const LONG_TEXT_LINES = 2 * BLOCK_LINES;

interface JaxprPanelProps {
  readonly text: string | null;
  /** The top-level equation to highlight (hovered in the graph), if any. */
  readonly highlightedEquation: number | null;
  readonly onHoverEquation: (index: number | null) => void;
  /** The top-level equations the learner's current line created. */
  readonly linkedEquations?: ReadonlySet<number>;
}

export function JaxprPanel({
  text: latestText,
  highlightedEquation,
  onHoverEquation,
  linkedEquations,
}: JaxprPanelProps) {
  const { t } = useTranslation();
  // A long jaxpr is drawn in the background, a few milliseconds at a time: a 2,000-line one does not
  // freeze the page (nor the graph being drawn beside it). A short one is drawn at once.
  const deferredText = useDeferredValue(latestText);
  const text = isLong(latestText) ? deferredText : latestText;
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

  const lineRange = (start: number, end: number) =>
    lines.slice(start, end).map((line, k) => {
      const i = start + k;
      return (
        <JaxprLine
          key={i}
          line={line}
          equation={equationOfLine[i]}
          highlighted={equationOfLine[i] !== null && equationOfLine[i] === highlightedEquation}
          linked={equationOfLine[i] !== null && (linkedEquations?.has(equationOfLine[i]) ?? false)}
          onHoverEquation={onHoverEquation}
        />
      );
    });

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
            {lines.length < LONG_TEXT_LINES
              ? lineRange(0, lines.length)
              : blockStarts(lines.length).map((start) => (
                  <span key={start} className="jaxpr-block">
                    {lineRange(start, Math.min(start + BLOCK_LINES, lines.length))}
                  </span>
                ))}
          </pre>
        </>
      )}
    </div>
  );
}

function blockStarts(lineCount: number): number[] {
  return Array.from({ length: Math.ceil(lineCount / BLOCK_LINES) }, (_, b) => b * BLOCK_LINES);
}

function isLong(text: string | null): boolean {
  return text !== null && text.split("\n", LONG_TEXT_LINES).length >= LONG_TEXT_LINES;
}
