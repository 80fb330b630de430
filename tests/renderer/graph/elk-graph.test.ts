import { createRequire } from "node:module";

import type { ElkNode } from "elkjs/lib/elk-api.js";
import { describe, expect, it } from "vitest";

import { leafCentres, toElkGraph } from "../../../renderer/graph/elk-graph.ts";
import type { LayoutRequest } from "../../../renderer/graph/layout-protocol.ts";

// elkjs is CommonJS: required as Node requires it (the app's worker imports it through Vite).
const ELK = createRequire(import.meta.url)("elkjs/lib/elk.bundled.js") as new () => {
  layout(graph: ElkNode): Promise<ElkNode>;
};

const request: LayoutRequest = {
  requestId: 1,
  direction: "RIGHT",
  nodes: [
    { id: "in0", width: 60, height: 30, open: false },
    { id: "e0", width: 60, height: 30, open: true },
    { id: "e0/j0/e0", parent: "e0", width: 40, height: 30, open: false },
    { id: "e1", width: 50, height: 30, open: false },
  ],
  edges: [
    { id: "e0:0", source: "in0", target: "e0" },
    { id: "e1:0", source: "e0", target: "e1", label: { width: 50, height: 14 } },
  ],
};

describe("toElkGraph", () => {
  it("nests children under their compound node and keeps edges at the root", () => {
    const root = toElkGraph(request);
    expect(root.children?.map((c) => c.id)).toEqual(["in0", "e0", "e1"]);
    const compound = root.children?.find((c) => c.id === "e0");
    expect(compound?.children?.map((c) => c.id)).toEqual(["e0/j0/e0"]);
    expect(compound?.width).toBeUndefined();
    expect(root.edges?.map((e) => [e.sources, e.targets])).toEqual([
      [["in0"], ["e0"]],
      [["e0"], ["e1"]],
    ]);
    expect(root.edges?.[1].labels).toEqual([{ id: "e1:0#label", text: "", width: 50, height: 14 }]);
  });
});

describe("a layout by ELK", () => {
  it("places every leaf, left to right along the edges, children inside their compound", async () => {
    const laidOut = await new ELK().layout(toElkGraph(request));
    const centres = leafCentres(laidOut);
    expect(Object.keys(centres).sort()).toEqual(["e0/j0/e0", "e1", "in0"]);
    expect(centres.in0.x).toBeLessThan(centres["e0/j0/e0"].x);
    expect(centres["e0/j0/e0"].x).toBeLessThan(centres.e1.x);
    const compound = laidOut.children?.find((c) => c.id === "e0");
    const left = compound?.x ?? 0;
    expect(centres["e0/j0/e0"].x).toBeGreaterThan(left);
    expect(centres["e0/j0/e0"].x).toBeLessThan(left + (compound?.width ?? 0));
  });
});

describe("a large graph's layout", () => {
  /** A chain of `n` equations after one input, with one nested jaxpr open when `withOpenJit`. */
  function chain(n: number, withOpenJit: boolean): LayoutRequest {
    const nodes: LayoutRequest["nodes"][number][] = [{ id: "in0", width: 60, height: 30, open: false }];
    const edges: LayoutRequest["edges"][number][] = [];
    for (let i = 0; i < n; i++) {
      nodes.push({ id: `e${i}`, width: 50, height: 30, open: withOpenJit && i === 0 });
      edges.push({ id: `x${i}`, source: i === 0 ? "in0" : `e${i - 1}`, target: `e${i}` });
    }
    if (withOpenJit) nodes.push({ id: "e0/j0/e0", parent: "e0", width: 40, height: 30, open: false });
    return { requestId: 2, direction: "RIGHT", nodes, edges };
  }

  it("keeps the jaxpr's own order instead of minimizing crossings, and lays out each level alone when flat", () => {
    const flat = toElkGraph(chain(700, false)).layoutOptions ?? {};
    expect(flat["elk.layered.crossingMinimization.strategy"]).toBe("NONE");
    expect(flat["elk.hierarchyHandling"]).toBeUndefined();
    expect(toElkGraph(chain(700, true)).layoutOptions?.["elk.hierarchyHandling"]).toBe("INCLUDE_CHILDREN");
    expect(
      toElkGraph(chain(10, false)).layoutOptions?.["elk.layered.crossingMinimization.strategy"],
    ).toBeUndefined();
  });

  it("still places a long chain left to right", async () => {
    const centres = leafCentres(await new ELK().layout(toElkGraph(chain(700, false))));
    for (let i = 1; i < 700; i++) expect(centres[`e${i}`].x).toBeGreaterThan(centres[`e${i - 1}`].x);
  });
});
