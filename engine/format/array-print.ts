// numpy's array2string (numpy/_core/arrayprint.py) with the default print options:
// precision 8, threshold 1000, edgeitems 3, linewidth 75, floatmode "maxprec".

import { stridesOf, type Shape } from "../core/aval.ts";
import type { ArrayValue } from "../core/values.ts";
import { elementFormatter } from "./element-format.ts";

export const THRESHOLD = 1000;
export const EDGE_ITEMS = 3;
export const LINE_WIDTH = 75;

export interface Array2StringOptions {
  readonly separator: string;
  /** Only its length matters: continuation lines are indented past it. */
  readonly prefix?: string;
  /** Only its length matters: lines wrap that much earlier. */
  readonly suffix?: string;
  readonly maxLineWidth?: number;
}

/** `np.array2string(a, separator=..., prefix=..., suffix=...)`. */
export function array2string(a: ArrayValue, o: Array2StringOptions): string {
  const lineWidth = (o.maxLineWidth ?? LINE_WIDTH) - (o.suffix ?? "").length;
  const shape = a.shape;
  if (a.aval.size === 0) return "[]";
  const summarize = a.aval.size > THRESHOLD;
  const strides = stridesOf(shape);
  const data = a.data;

  // The formatter sees only the elements that will be printed (numpy's _leading_trailing).
  const shown: number[] = [];
  forEachShown(shape, strides, summarize, (flat) => shown.push(data[flat]));
  const format = elementFormatter(a.dtype, shown, shape.length === 0);

  const nextLinePrefix = " ".repeat(1 + (o.prefix ?? "").length);
  return formatNested(shape, strides, (flat) => format(data[flat]), {
    lineWidth,
    nextLinePrefix,
    separator: o.separator,
    summarize,
  });
}

function summarizedIndices(len: number, summarize: boolean): number[] {
  if (summarize && len > 2 * EDGE_ITEMS) {
    const idx: number[] = [];
    for (let i = 0; i < EDGE_ITEMS; i++) idx.push(i);
    for (let i = len - EDGE_ITEMS; i < len; i++) idx.push(i);
    return idx;
  }
  return Array.from({ length: len }, (_, i) => i);
}

function forEachShown(
  shape: Shape,
  strides: readonly number[],
  summarize: boolean,
  visit: (flat: number) => void,
): void {
  const walk = (axis: number, offset: number): void => {
    if (axis === shape.length) {
      visit(offset);
      return;
    }
    for (const i of summarizedIndices(shape[axis], summarize)) walk(axis + 1, offset + i * strides[axis]);
  };
  walk(0, 0);
}

interface Layout {
  readonly lineWidth: number;
  readonly nextLinePrefix: string;
  readonly separator: string;
  readonly summarize: boolean;
}

/** numpy's _formatArray: nested brackets, wrapping at the line width, "..." for summarized axes. */
function formatNested(
  shape: Shape,
  strides: readonly number[],
  element: (flat: number) => string,
  o: Layout,
): string {
  const ndim = shape.length;
  const sepTrimmed = o.separator.trimEnd();

  const recurse = (axis: number, offset: number, hangingIndent: string, currWidth: number): string => {
    if (axis === ndim) return element(offset);
    const nextHangingIndent = hangingIndent + " ";
    const nextWidth = currWidth - 1;
    const len = shape[axis];
    const stride = strides[axis];
    const showSummary = o.summarize && 2 * EDGE_ITEMS < len;
    const leading = showSummary ? EDGE_ITEMS : 0;
    const trailing = showSummary ? EDGE_ITEMS : len;
    const child = (i: number): string => recurse(axis + 1, offset + i * stride, nextHangingIndent, nextWidth);

    let s = "";
    if (ndim - axis === 1) {
      const elemWidth = currWidth - Math.max(sepTrimmed.length, 1);
      let line = hangingIndent;
      const extend = (word: string): void => {
        const needsWrap = line.length + word.length > elemWidth && line.length > hangingIndent.length;
        if (needsWrap) {
          s += line.trimEnd() + "\n";
          line = hangingIndent;
        }
        line += word;
      };
      for (let i = 0; i < leading; i++) {
        extend(child(i));
        line += o.separator;
      }
      if (showSummary) {
        extend("...");
        line += o.separator;
      }
      for (let i = trailing; i > 1; i--) {
        extend(child(len - i));
        line += o.separator;
      }
      extend(child(len - 1));
      s += line;
    } else {
      const lineSep = sepTrimmed + "\n".repeat(ndim - axis - 1);
      for (let i = 0; i < leading; i++) s += hangingIndent + child(i) + lineSep;
      if (showSummary) s += hangingIndent + "..." + lineSep;
      for (let i = trailing; i > 1; i--) s += hangingIndent + child(len - i) + lineSep;
      s += hangingIndent + child(len - 1);
    }
    return "[" + s.slice(hangingIndent.length) + "]";
  };
  return recurse(0, 0, o.nextLinePrefix, o.lineWidth);
}
