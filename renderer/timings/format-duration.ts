/** Durations as the timing panel writes them, in the interface's language: `7,43 ms`, `27,4 µs`, `1,25 s`. */

const NBSP = "\u00a0";

function decimals(locale: string, digits: number): Intl.NumberFormat {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function formatDuration(ms: number, locale: string): string {
  if (ms >= 1000) return `${decimals(locale, 2).format(ms / 1000)}${NBSP}s`;
  if (ms >= 1) return `${decimals(locale, 2).format(ms)}${NBSP}ms`;
  const us = ms * 1000;
  return `${decimals(locale, us >= 100 ? 0 : 1).format(us)}${NBSP}µs`;
}

/** `×3,6`: how many times faster. */
export function formatSpeedup(ratio: number, locale: string): string {
  return `×${decimals(locale, ratio >= 10 ? 0 : 1).format(ratio)}`;
}

export function formatCount(n: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(n);
}
