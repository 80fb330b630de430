/**
 * Drawing a large graph without freezing the page. Cytoscape computes each element's style and bounds
 * as it is added and drawn: for thousands of elements that is most of a second in one go. Here they are
 * added a slice per frame, with the viewport set beforehand from the layout's positions (fitting with
 * Cytoscape would measure every element at once).
 */
import type { Core, ElementDefinition } from "cytoscape";

/** Elements added per frame: each slice keeps the UI thread busy for a few tens of milliseconds. */
const SLICE = 400;

/**
 * Adds the elements in slices, one per animation frame (nodes come before the edges that join them, as
 * in `elements`). Resolves true once all are added, false if `stale()` turned true meanwhile (a newer
 * graph replaced this one: the caller draws that one instead).
 */
export async function addInSlices(
  cy: Core,
  elements: readonly ElementDefinition[],
  stale: () => boolean,
): Promise<boolean> {
  for (let start = 0; start < elements.length; start += SLICE) {
    if (start > 0) await nextFrame();
    if (stale()) return false;
    cy.batch(() => {
      cy.add(elements.slice(start, start + SLICE));
    });
  }
  return true;
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Viewport {
  readonly zoom: number;
  readonly pan: { readonly x: number; readonly y: number };
}

/** The zoom and pan that show `box` whole and centred in a `width` × `height` view, `padding` around. */
export function fitViewport(box: Box, width: number, height: number, padding: number): Viewport {
  const zoom = Math.min((width - 2 * padding) / box.width, (height - 2 * padding) / box.height);
  return {
    zoom,
    pan: {
      x: (width - zoom * (2 * box.x + box.width)) / 2,
      y: (height - zoom * (2 * box.y + box.height)) / 2,
    },
  };
}

/** The box around nodes given by their centres and sizes. */
export function boundsOf(
  nodes: ReadonlyArray<{
    readonly width: number;
    readonly height: number;
    readonly x: number;
    readonly y: number;
  }>,
): Box {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const n of nodes) {
    left = Math.min(left, n.x - n.width / 2);
    top = Math.min(top, n.y - n.height / 2);
    right = Math.max(right, n.x + n.width / 2);
    bottom = Math.max(bottom, n.y + n.height / 2);
  }
  return { x: left, y: top, width: right - left, height: bottom - top };
}
