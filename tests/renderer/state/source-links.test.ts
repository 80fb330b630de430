import { describe, expect, it } from "vitest";

import {
  drawnNodesFor,
  equationsOfLine,
  learnerLineOf,
  lineOfEquation,
} from "../../../renderer/state/source-links.ts";
import type { JaxprGraph } from "../../../renderer/worker/protocol.ts";

// main.py, traced with "Tracer cette fonction" (its 9 lines, then the appended call on line 11):
//   6    return jnp.sin(x) * 2.0        (helper, called under jit from line 9)
//   9    return jax.jit(helper)(x) + 1.0
const graph: JaxprGraph = {
  equationCount: 5,
  nodes: [
    { id: "in0", kind: "input", label: "a", type: "f32[]" },
    {
      id: "e0",
      kind: "equation",
      label: "jit",
      params: ["name=helper"],
      eqnPath: [0],
      compound: true,
      sourceLine: 9,
      sourceFile: "main.py",
    },
    { id: "e0/j0/in0", kind: "input", label: "a", type: "f32[]", parent: "e0" },
    {
      id: "e0/j0/e0",
      kind: "equation",
      label: "sin",
      eqnPath: [0, 0],
      parent: "e0",
      sourceLine: 6,
      sourceFile: "main.py",
    },
    {
      id: "e0/j0/e1",
      kind: "equation",
      label: "mul",
      eqnPath: [0, 1],
      parent: "e0",
      sourceLine: 6,
      sourceFile: "main.py",
    },
    { id: "e1", kind: "equation", label: "add", eqnPath: [1], sourceLine: 9, sourceFile: "main.py" },
    { id: "e2", kind: "equation", label: "mul", eqnPath: [2], sourceLine: 11, sourceFile: "main.py" },
    { id: "e3", kind: "equation", label: "neg", eqnPath: [3], sourceLine: 4, sourceFile: "other.py" },
    { id: "e4", kind: "equation", label: "exp", eqnPath: [4] },
    { id: "out0", kind: "output", label: "d", type: "f32[]" },
  ],
  edges: [],
};
const LEARNER_LINES = 9;
const node = (id: string) => graph.nodes.find((n) => n.id === id)!;

describe("source links", () => {
  it("give an equation's line in the learner's code", () => {
    expect(learnerLineOf(node("e1"), LEARNER_LINES)).toBe(9);
    expect(learnerLineOf(node("e0/j0/e0"), LEARNER_LINES)).toBe(6);
  });

  it("give no line for the lines Traceur appends, other files, unknown sources and non-equations", () => {
    expect(learnerLineOf(node("e2"), LEARNER_LINES)).toBeNull();
    expect(learnerLineOf(node("e3"), LEARNER_LINES)).toBeNull();
    expect(learnerLineOf(node("e4"), LEARNER_LINES)).toBeNull();
    expect(learnerLineOf(node("in0"), LEARNER_LINES)).toBeNull();
  });

  it("find a top-level equation's line by its index in the jaxpr text", () => {
    expect(lineOfEquation(graph, 0, LEARNER_LINES)).toBe(9);
    expect(lineOfEquation(graph, 2, LEARNER_LINES)).toBeNull();
    expect(lineOfEquation(graph, 7, LEARNER_LINES)).toBeNull();
  });

  it("find the equations a line created, nested ones included, and the top-level ones among them", () => {
    const line9 = equationsOfLine(graph, 9, LEARNER_LINES);
    expect([...line9.nodeIds]).toEqual(["e0", "e1"]);
    expect([...line9.topLevel]).toEqual([0, 1]);
    const line6 = equationsOfLine(graph, 6, LEARNER_LINES);
    expect([...line6.nodeIds]).toEqual(["e0/j0/e0", "e0/j0/e1"]);
    expect([...line6.topLevel]).toEqual([]);
    expect(equationsOfLine(graph, 3, LEARNER_LINES).nodeIds.size).toBe(0);
    expect(equationsOfLine(graph, 11, LEARNER_LINES).nodeIds.size).toBe(0);
  });

  it("show the nodes inside a closed jit on the closed node itself", () => {
    const line6 = equationsOfLine(graph, 6, LEARNER_LINES).nodeIds;
    const open = new Set(graph.nodes.map((n) => n.id));
    expect([...drawnNodesFor(graph, line6, (id) => open.has(id))]).toEqual(["e0/j0/e0", "e0/j0/e1"]);
    const closed = new Set(graph.nodes.filter((n) => n.parent !== "e0").map((n) => n.id));
    expect([...drawnNodesFor(graph, line6, (id) => closed.has(id))]).toEqual(["e0"]);
    expect([...drawnNodesFor(graph, line6, () => false)]).toEqual([]);
  });
});
