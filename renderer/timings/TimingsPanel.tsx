/**
 * The timing panel: each transformed function's calls, as the engine timed them on this machine. A table
 * (calls, first call, median of the others) and a chart that sets eager and jit medians side by side and
 * shows what the first jit call pays for tracing and compiling.
 */
import { useTranslation } from "react-i18next";

import "./timings.css";

import type { TimingGroup } from "../worker/protocol.ts";
import { formatCount, formatDuration, formatSpeedup } from "./format-duration.ts";
import { TimingChart } from "./TimingChart.tsx";
import { Sparkline } from "./Sparkline.tsx";
import { timingRows } from "./timing-rows.ts";

export function TimingsPanel({ groups }: { readonly groups: readonly TimingGroup[] }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const rows = timingRows(groups);
  if (rows.length === 0) {
    return (
      <div className="timings" data-testid="timings">
        <p className="empty-note">{t("timings.empty")}</p>
      </div>
    );
  }
  return (
    <div className="timings" data-testid="timings">
      <table className="timings-table">
        <thead>
          <tr>
            <th scope="col">{t("timings.function")}</th>
            <th scope="col" className="number">
              {t("timings.calls")}
            </th>
            <th scope="col" className="number">
              {t("timings.first")}
            </th>
            <th scope="col" className="number">
              {t("timings.median")}
            </th>
            <th scope="col">{t("timings.recent")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label} data-testid="timing-row" data-chain={row.label}>
              <th scope="row">
                <code className="timings-chain">{row.label}</code>
              </th>
              <td className="number">{formatCount(row.calls, locale)}</td>
              <td className="number">
                {row.firstCompiled && (
                  <span className="timings-badge compile" title={t("timings.compileHint")}>
                    {row.compilations > 1
                      ? t("timings.compilations", { count: row.compilations })
                      : t("timings.compile")}
                  </span>
                )}
                <span className="timings-value">{formatDuration(row.firstMs, locale)}</span>
              </td>
              <td className="number">
                {row.speedup !== null && (
                  <span
                    className={`timings-badge ${row.speedup >= 1 ? "speedup" : "slowdown"}`}
                    title={t("timings.speedupHint")}
                  >
                    {formatSpeedup(row.speedup, locale)}
                  </span>
                )}
                <span className="timings-value">
                  {row.medianMs === null ? "—" : formatDuration(row.medianMs, locale)}
                </span>
              </td>
              <td>
                <Sparkline values={row.recentMs} label={t("timings.recentHint")} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <TimingChart rows={rows} locale={locale} />
      <p className="timings-note">{t("timings.note")}</p>
    </div>
  );
}
