// The graph export: nodes and edges of hand-built jaxprs shaped as JAX traces them.
import { describe, expect, it } from "vitest";
import { ShapedArray } from "../../../engine/core/aval.ts";
import { ClosedJaxpr, Jaxpr, JaxprEqn, Literal, Var } from "../../../engine/ir/jaxpr.ts";
import { jaxprToGraph } from "../../../engine/ir/graph.ts";
import { printJaxpr } from "../../../engine/ir/print-jaxpr.ts";
import "../../../engine/transforms/jit.ts"; // registers jit's print rule

const f32 = (...shape: number[]) => new ShapedArray(shape, "float32");
const i32 = () => new ShapedArray([], "int32", true);

/** `lambda x: (x + 3) ** 2` traced on an int: two equations, one literal. */
function dumbPureFunc(): ClosedJaxpr {
  const [a, b, c] = [new Var(i32()), new Var(i32()), new Var(i32())];
  return new ClosedJaxpr(
    new Jaxpr(
      [],
      [a],
      [c],
      [
        new JaxprEqn("add", [a, new Literal(i32(), 3)], [b], {}, { file: "main.py", line: 2 }),
        new JaxprEqn("integer_pow", [b], [c], { y: 2 }, { file: "main.py", line: 3 }),
      ],
    ),
    [],
  );
}

describe("jaxprToGraph", () => {
  it("gives one node per equation, input, literal and output, named as the printed jaxpr names them", () => {
    const graph = jaxprToGraph(dumbPureFunc());
    expect(graph.equationCount).toBe(2);
    expect(graph.nodes).toEqual([
      { id: "in0", kind: "input", label: "a", type: "i32[]" },
      {
        id: "e0",
        kind: "equation",
        label: "add",
        params: [],
        eqnPath: [0],
        sourceLine: 2,
        sourceFile: "main.py",
      },
      { id: "e0.lit1", kind: "literal", label: "3", type: "i32[]" },
      {
        id: "e1",
        kind: "equation",
        label: "integer_pow",
        params: ["y=2"],
        eqnPath: [1],
        sourceLine: 3,
        sourceFile: "main.py",
      },
      { id: "out0", kind: "output", label: "c", type: "i32[]" },
    ]);
    expect(graph.edges).toEqual([
      { id: "e0:0", source: "in0", target: "e0", label: "a", type: "i32[]" },
      { id: "e0:1", source: "e0.lit1", target: "e0", label: "3", type: "i32[]" },
      { id: "e1:0", source: "e0", target: "e1", label: "b", type: "i32[]" },
      { id: "out0:0", source: "e1", target: "out0", label: "c", type: "i32[]" },
    ]);
  });

  it("gives the same ids to the same code traced twice", () => {
    const first = jaxprToGraph(dumbPureFunc());
    const second = jaxprToGraph(dumbPureFunc());
    expect(second.nodes.map((n) => n.id)).toEqual(first.nodes.map((n) => n.id));
  });

  it("keeps one edge per operand when a variable is used twice", () => {
    const [x, y] = [new Var(f32(3)), new Var(f32(3))];
    const graph = jaxprToGraph(new Jaxpr([], [x], [y], [new JaxprEqn("mul", [x, x], [y], {})]));
    expect(graph.edges.filter((e) => e.target === "e0").map((e) => e.id)).toEqual(["e0:0", "e0:1"]);
  });

  it("tells constants from inputs", () => {
    const [k, x, y] = [new Var(f32(2)), new Var(f32(2)), new Var(f32(2))];
    const graph = jaxprToGraph(new Jaxpr([k], [x], [y], [new JaxprEqn("mul", [k, x], [y], {})]));
    expect(graph.nodes.filter((n) => n.kind === "const").map((n) => [n.id, n.type])).toEqual([
      ["c0", "f32[2]"],
    ]);
    expect(graph.edges[0]).toMatchObject({ source: "c0", target: "e0" });
  });

  it("puts a jit's inner jaxpr inside the jit equation's node, named as printed", () => {
    const [ia, ib] = [new Var(f32(3)), new Var(f32(3))];
    const inner = new ClosedJaxpr(new Jaxpr([], [ia], [ib], [new JaxprEqn("sin", [ia], [ib], {})]), []);
    const [a, b, c] = [new Var(f32(3)), new Var(f32(3)), new Var(f32(3))];
    const outer = new Jaxpr(
      [],
      [a],
      [c],
      [
        new JaxprEqn("jit", [a], [b], {
          name: "f",
          jaxpr: inner,
          donated_invars: [false],
          inline: false,
          keep_unused: false,
        }),
        new JaxprEqn("cos", [b], [c], {}),
      ],
    );
    const graph = jaxprToGraph(outer);
    expect(graph.equationCount).toBe(3);
    const jitNode = graph.nodes.find((n) => n.id === "e0");
    expect(jitNode).toMatchObject({ kind: "equation", label: "jit", compound: true });
    expect(jitNode?.params).toContain("name=f");
    expect(jitNode?.params?.some((p) => p.startsWith("jaxpr="))).toBe(false);
    const children = graph.nodes.filter((n) => n.parent === "e0");
    expect(children.map((n) => [n.id, n.kind, n.label])).toEqual([
      ["e0/j0/in0", "input", "a"],
      ["e0/j0/e0", "equation", "sin"],
      ["e0/j0/out0", "output", "b"],
    ]);
    expect(graph.nodes.find((n) => n.id === "e0/j0/e0")?.eqnPath).toEqual([0, 0]);
    // The printer gives the inner binders the outer names: the graph reads the same.
    expect(printJaxpr(outer)).toContain("jaxpr={ lambda ; a:f32[3]. let b:f32[3] = sin a in (b,) }");
  });

  it("gives each of several nested jaxprs its own box", () => {
    const branch = (prim: string) => {
      const [x, y] = [new Var(f32()), new Var(f32())];
      return new ClosedJaxpr(new Jaxpr([], [x], [y], [new JaxprEqn(prim, [x], [y], {})]), []);
    };
    const [p, x, y] = [new Var(new ShapedArray([], "int32")), new Var(f32()), new Var(f32())];
    const graph = jaxprToGraph(
      new Jaxpr(
        [],
        [p, x],
        [y],
        [new JaxprEqn("cond", [p, x], [y], { branches: [branch("sin"), branch("cos")] })],
      ),
    );
    const boxes = graph.nodes.filter((n) => n.kind === "jaxpr");
    expect(boxes.map((n) => [n.id, n.label, n.parent])).toEqual([
      ["e0/j0", "branches[0]", "e0"],
      ["e0/j1", "branches[1]", "e0"],
    ]);
    expect(graph.nodes.find((n) => n.label === "cos")?.parent).toBe("e0/j1");
    expect(graph.equationCount).toBe(3);
  });
});
