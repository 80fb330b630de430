/**
 * Two small bar charts: the median call of each row (eager against jit), then each row's first call,
 * where jit's includes tracing and compiling. Each chart has its own linear scale, starting at zero.
 */
import { useTranslation } from "react-i18next";

import { formatDuration } from "./format-duration.ts";
import type { TimingRow } from "./timing-rows.ts";

interface Bar {
  readonly label: string;
  readonly ms: number;
  readonly kind: "eager" | "jit" | "compile";
}

function BarChart({ title, bars, locale }: { title: string; bars: readonly Bar[]; locale: string }) {
  if (bars.length === 0) return null;
  const max = Math.max(...bars.map((b) => b.ms));
  return (
    <figure className="timings-chart">
      <figcaption>{title}</figcaption>
      <div className="timings-chart-bars">
        {bars.map((bar) => (
          <div className="timings-bar-row" key={bar.label}>
            <code className="timings-bar-label" title={bar.label}>
              {bar.label}
            </code>
            <div className="timings-bar-track">
              <div
                className={`timings-bar ${bar.kind}`}
                style={{ width: `${max > 0 ? Math.max(0.5, (bar.ms / max) * 100) : 0}%` }}
              />
            </div>
            <span className="timings-bar-value">{formatDuration(bar.ms, locale)}</span>
          </div>
        ))}
      </div>
    </figure>
  );
}

export function TimingChart({
  rows,
  locale,
}: {
  readonly rows: readonly TimingRow[];
  readonly locale: string;
}) {
  const { t } = useTranslation();
  const isJit = (row: TimingRow) => row.transforms[0] === "jit";
  const medians = rows.flatMap((row): Bar[] =>
    row.medianMs === null ? [] : [{ label: row.label, ms: row.medianMs, kind: isJit(row) ? "jit" : "eager" }],
  );
  const firsts = rows.map((row): Bar => ({
    label: row.label,
    ms: row.firstMs,
    kind: row.firstCompiled ? "compile" : isJit(row) ? "jit" : "eager",
  }));
  return (
    <div className="timings-charts" data-testid="timings-chart">
      <BarChart title={t("timings.chartMedian")} bars={medians} locale={locale} />
      <BarChart title={t("timings.chartFirst")} bars={firsts} locale={locale} />
      <div className="timings-legend">
        <span>
          <i className="timings-swatch eager" /> {t("timings.legendEager")}
        </span>
        <span>
          <i className="timings-swatch jit" /> {t("timings.legendJit")}
        </span>
        <span>
          <i className="timings-swatch compile" /> {t("timings.legendCompile")}
        </span>
      </div>
    </div>
  );
}
