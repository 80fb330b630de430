import { describe, expect, it } from "vitest";

import {
  compoundIds,
  drawnEquationCount,
  drawnGraph,
  equationLabel,
} from "../../../renderer/graph/graph-elements.ts";
import type { JaxprGraph } from "../../../renderer/worker/protocol.ts";

// outer(x) = jit(inner)(x) + 1.0 with inner(x) = sin(x) * 2.0, as the engine exports it.
const nested: JaxprGraph = {
  equationCount: 4,
  nodes: [
    { id: "in0", kind: "input", label: "a", type: "f32[]" },
    { id: "e0", kind: "equation", label: "jit", params: ["name=inner"], eqnPath: [0], compound: true },
    { id: "e0/j0/in0", kind: "input", label: "a", type: "f32[]", parent: "e0" },
    { id: "e0/j0/e0", kind: "equation", label: "sin", params: [], eqnPath: [0, 0], parent: "e0" },
    { id: "e0/j0/e1", kind: "equation", label: "mul", params: [], eqnPath: [0, 1], parent: "e0" },
    { id: "e0/j0/e1.lit1", kind: "literal", label: "2.0", type: "f32[]", parent: "e0" },
    { id: "e0/j0/out0", kind: "output", label: "b", type: "f32[]", parent: "e0" },
    { id: "e1", kind: "equation", label: "add", params: [], eqnPath: [1], sourceLine: 11 },
    { id: "e1.lit1", kind: "literal", label: "1.0", type: "f32[]" },
    { id: "out0", kind: "output", label: "d", type: "f32[]" },
  ],
  edges: [
    { id: "e0:0", source: "in0", target: "e0", label: "a", type: "f32[]" },
    { id: "e0/j0/e0:0", source: "e0/j0/in0", target: "e0/j0/e0", label: "a", type: "f32[]" },
    { id: "e0/j0/e1:0", source: "e0/j0/e0", target: "e0/j0/e1", label: "c", type: "f32[]" },
    { id: "e0/j0/e1:1", source: "e0/j0/e1.lit1", target: "e0/j0/e1", label: "2.0", type: "f32[]" },
    { id: "e0/j0/out0:0", source: "e0/j0/e1", target: "e0/j0/out0", label: "b", type: "f32[]" },
    { id: "e1:0", source: "e0", target: "e1", label: "b", type: "f32[]" },
    { id: "e1:1", source: "e1.lit1", target: "e1", label: "1.0", type: "f32[]" },
    { id: "out0:0", source: "e1", target: "out0", label: "d", type: "f32[]" },
  ],
};

describe("drawnGraph", () => {
  it("draws every node of an open graph, labelled, with one equation node per equation", () => {
    const drawn = drawnGraph(nested, new Set());
    expect(drawn.nodes.map((n) => n.id)).toEqual(nested.nodes.map((n) => n.id));
    expect(drawnEquationCount(drawn)).toBe(4);
    const byId = new Map(drawn.nodes.map((n) => [n.id, n]));
    expect(byId.get("e0")).toMatchObject({ label: "jit\nname=inner", open: true, closed: false });
    expect(byId.get("in0")?.label).toBe("a: f32[]");
    expect(byId.get("e1.lit1")?.label).toBe("1.0");
    expect(byId.get("e1")?.sourceLine).toBe(11);
    expect(byId.get("e0/j0/e0")?.parent).toBe("e0");
  });

  it("labels only the edges between two equations", () => {
    const labels = Object.fromEntries(drawnGraph(nested, new Set()).edges.map((e) => [e.id, e.label]));
    expect(labels).toEqual({
      "e0:0": "",
      "e0/j0/e0:0": "",
      "e0/j0/e1:0": "c: f32[]",
      "e0/j0/e1:1": "",
      "e0/j0/out0:0": "",
      "e1:0": "b: f32[]",
      "e1:1": "",
      "out0:0": "",
    });
  });

  it("hides a closed compound's contents and the edges inside it", () => {
    const drawn = drawnGraph(nested, new Set(["e0"]));
    expect(drawn.nodes.map((n) => n.id)).toEqual(["in0", "e0", "e1", "e1.lit1", "out0"]);
    expect(drawn.nodes.find((n) => n.id === "e0")).toMatchObject({ open: false, closed: true });
    expect(drawn.edges.map((e) => e.id)).toEqual(["e0:0", "e1:0", "e1:1", "out0:0"]);
    expect(drawnEquationCount(drawn)).toBe(2);
  });

  it("folds literals into their equations' labels when asked (large graphs)", () => {
    const drawn = drawnGraph(nested, new Set(), { foldLiterals: true });
    expect(drawn.nodes.map((n) => n.id)).toEqual(
      nested.nodes.filter((n) => n.kind !== "literal").map((n) => n.id),
    );
    const byId = new Map(drawn.nodes.map((n) => [n.id, n]));
    expect(byId.get("e1")?.label).toBe("add\n← 1.0");
    expect(byId.get("e0/j0/e1")?.label).toBe("mul\n← 2.0");
    expect(byId.get("e0/j0/e0")?.label).toBe("sin");
    expect(drawn.edges.map((e) => e.id)).not.toContain("e1:1");
    expect(drawn.edges).toHaveLength(nested.edges.length - 2);
    const unfolded = drawnGraph(nested, new Set()).nodes.find((n) => n.id === "e1");
    expect((byId.get("e1")?.height ?? 0) > (unfolded?.height ?? 0)).toBe(true);
  });

  it("sizes nodes to their labels", () => {
    const drawn = drawnGraph(nested, new Set());
    const sin = drawn.nodes.find((n) => n.id === "e0/j0/e0");
    const jit = drawn.nodes.find((n) => n.id === "e0");
    expect(sin && jit && jit.height > sin.height).toBe(true);
  });
});

describe("compoundIds and equationLabel", () => {
  it("lists the nodes that open and close", () => {
    expect(compoundIds(nested)).toEqual(["e0"]);
  });

  it("shows params one a line, long ones cut", () => {
    const label = equationLabel({
      id: "e0",
      kind: "equation",
      label: "iota",
      params: ["dimension=0", "shape=(3, 4, 5, 6, 7, 8, 9, 10, 11, 12)"],
    });
    expect(label.split("\n")).toEqual(["iota", "dimension=0", "shape=(3, 4, 5, 6, 7, 8, 9,…"]);
  });
});
