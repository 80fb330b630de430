/**
 * The main window's size and position, remembered between starts. Pure functions, so that the main
 * process only reads and writes the file: a saved state is checked before use, and a window that
 * would open off every screen (a monitor unplugged since) opens centred instead.
 */

export interface Rectangle {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface WindowState {
  /** Absent: let the system centre the window. */
  readonly x?: number;
  readonly y?: number;
  readonly width: number;
  readonly height: number;
  readonly maximized: boolean;
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 800, maximized: false };
export const MIN_WINDOW_SIZE = { width: 800, height: 500 } as const;

/** How much of the window must lie on a screen for its saved position to be kept. */
const MIN_VISIBLE = 100;

const isInteger = (value: unknown): value is number => Number.isInteger(value);

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * The state to open the window with, from what was saved (anything: the file may be old, edited or
 * corrupt) and the screens' work areas now.
 */
export function restoreWindowState(saved: unknown, workAreas: readonly Rectangle[]): WindowState {
  if (typeof saved !== "object" || saved === null) return DEFAULT_WINDOW_STATE;
  const { x, y, width, height, maximized } = saved as Record<string, unknown>;
  if (!isInteger(width) || !isInteger(height)) return DEFAULT_WINDOW_STATE;
  const largest = workAreas.reduce((a, b) => (b.width * b.height > a.width * a.height ? b : a), {
    x: 0,
    y: 0,
    width: DEFAULT_WINDOW_STATE.width,
    height: DEFAULT_WINDOW_STATE.height,
  });
  const size = {
    width: Math.min(Math.max(width, MIN_WINDOW_SIZE.width), Math.max(largest.width, MIN_WINDOW_SIZE.width)),
    height: Math.min(
      Math.max(height, MIN_WINDOW_SIZE.height),
      Math.max(largest.height, MIN_WINDOW_SIZE.height),
    ),
  };
  const state = { ...size, maximized: maximized === true };
  if (!isInteger(x) || !isInteger(y)) return state;
  const bounds = { x, y, ...size };
  const visible = workAreas.some((area) => {
    const o = overlap(bounds, area);
    return o.width >= MIN_VISIBLE && o.height >= MIN_VISIBLE;
  });
  return visible ? { ...state, x, y } : state;
}

/** What to save: the normal (not maximized) bounds, and whether the window was maximized. */
export function windowStateToSave(normalBounds: Rectangle, maximized: boolean): WindowState {
  return { ...normalBounds, maximized };
}
