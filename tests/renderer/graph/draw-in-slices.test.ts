import cytoscape, { type ElementDefinition } from "cytoscape";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { addInSlices, boundsOf, fitViewport } from "../../../renderer/graph/draw-in-slices.ts";

/** A chain of `n` nodes, then the n - 1 edges between them. */
function chain(n: number): ElementDefinition[] {
  const nodes = Array.from({ length: n }, (_, i) => ({ group: "nodes" as const, data: { id: `n${i}` } }));
  const edges = Array.from({ length: n - 1 }, (_, i) => ({
    group: "edges" as const,
    data: { id: `e${i}`, source: `n${i}`, target: `n${i + 1}` },
  }));
  return [...nodes, ...edges];
}

describe("addInSlices", () => {
  let frames = 0;
  beforeEach(() => {
    frames = 0;
    vi.stubGlobal("requestAnimationFrame", (callback: (now: number) => void) => {
      frames++;
      return setTimeout(() => callback(0), 0);
    });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("adds every element, a slice per frame", async () => {
    const cy = cytoscape({ headless: true });
    const complete = await addInSlices(cy, chain(500), () => false);
    expect(complete).toBe(true);
    expect(cy.nodes()).toHaveLength(500);
    expect(cy.edges()).toHaveLength(499);
    expect(frames).toBeGreaterThan(1);
  });

  it("adds a small graph at once", async () => {
    const cy = cytoscape({ headless: true });
    expect(await addInSlices(cy, chain(10), () => false)).toBe(true);
    expect(cy.elements()).toHaveLength(19);
    expect(frames).toBe(0);
  });

  it("stops when a newer graph replaces this one", async () => {
    const cy = cytoscape({ headless: true });
    let replaced = false;
    const adding = addInSlices(cy, chain(2000), () => replaced);
    replaced = true;
    expect(await adding).toBe(false);
    expect(cy.elements().length).toBeLessThan(3999);
  });
});

describe("fitViewport and boundsOf", () => {
  it("bounds nodes given by centre and size", () => {
    const box = boundsOf([
      { x: 0, y: 0, width: 20, height: 10 },
      { x: 100, y: 50, width: 40, height: 20 },
    ]);
    expect(box).toEqual({ x: -10, y: -5, width: 130, height: 65 });
  });

  it("centres the box at the largest zoom that shows it whole, padding around", () => {
    const { zoom, pan } = fitViewport({ x: 0, y: 0, width: 200, height: 100 }, 420, 420, 10);
    expect(zoom).toBe(2);
    // The box's centre (100, 50), zoomed, lands on the view's centre (210, 210).
    expect(pan.x + zoom * 100).toBe(210);
    expect(pan.y + zoom * 50).toBe(210);
  });
});
