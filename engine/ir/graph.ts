// A jaxpr as plain JSON nodes and edges, for the app to draw: one node per equation, per input, per
// constant, per literal use and per output; one edge per variable use, named and typed as the printed
// jaxpr names it. Nested jaxprs (jit, cond branches, scan and while bodies) become children of their
// equation's node, so the app can draw them as compound nodes that expand and collapse.
import { pyStr, type PyPlain } from "../core/pyrepr.ts";
import { type Atom, ClosedJaxpr, Jaxpr, type JaxprEqn, type ParamValue, Var } from "./jaxpr.ts";
import { printJaxprWithNames, shownParams } from "./print-jaxpr.ts";

export type GraphNodeKind = "input" | "const" | "literal" | "equation" | "output" | "jaxpr";

export interface GraphNode {
  /** Stable across runs of the same code: built from positions (`e2`, `e2/j0/e1`, `in0`, `e3.lit1`). */
  readonly id: string;
  readonly kind: GraphNodeKind;
  /** The primitive for an equation, the variable name for an input, constant or output, the value for a literal. */
  readonly label: string;
  /** The short type (`f32[3,6]`) of what an input, constant, literal or output holds. */
  readonly type?: string;
  /** An equation's params as `name=value`, in printed order; nested jaxprs are left out (they are children). */
  readonly params?: readonly string[];
  /** The compound node (an equation with nested jaxprs, or one branch of it) that holds this node. */
  readonly parent?: string;
  /** For an equation: its index in each enclosing jaxpr's equation list, outermost first. */
  readonly eqnPath?: readonly number[];
  /** The line of the user's source that created the equation (1-based), when the engine knows it. */
  readonly sourceLine?: number;
  /** The file of that line, as Python names it (`main.py` in the app). */
  readonly sourceFile?: string;
  /** True for an equation whose params hold nested jaxprs (drawn as a compound node). */
  readonly compound?: boolean;
}

export interface GraphEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  /** The variable's printed name (`b`), or the literal's text. */
  readonly label: string;
  /** Its short type: `f32[3,6]`. */
  readonly type: string;
}

export interface JaxprGraph {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
  /** How many equation nodes there are, nested ones included. */
  readonly equationCount: number;
}

interface Builder {
  readonly names: ReadonlyMap<Var, string>;
  readonly nodes: GraphNode[];
  readonly edges: GraphEdge[];
  equationCount: number;
}

/** The graph of a jaxpr, with the variable names `printJaxpr` gives it. */
export function jaxprToGraph(j: ClosedJaxpr | Jaxpr): JaxprGraph {
  const { names } = printJaxprWithNames(j);
  const builder: Builder = { names, nodes: [], edges: [], equationCount: 0 };
  addJaxpr(builder, j instanceof ClosedJaxpr ? j.jaxpr : j, "", undefined, []);
  return { nodes: builder.nodes, edges: builder.edges, equationCount: builder.equationCount };
}

function nameOf(b: Builder, v: Var): string {
  return b.names.get(v) ?? `v${v.id}`;
}

/** Adds one jaxpr's nodes under `parent`, with ids prefixed by `prefix`. */
function addJaxpr(
  b: Builder,
  jaxpr: Jaxpr,
  prefix: string,
  parent: string | undefined,
  path: readonly number[],
) {
  const producers = new Map<Var, string>();
  const withParent = parent === undefined ? {} : { parent };

  jaxpr.constvars.forEach((v, i) => {
    const id = `${prefix}c${i}`;
    b.nodes.push({ id, kind: "const", label: nameOf(b, v), type: v.aval.strShort(), ...withParent });
    producers.set(v, id);
  });
  jaxpr.invars.forEach((v, i) => {
    const id = `${prefix}in${i}`;
    b.nodes.push({ id, kind: "input", label: nameOf(b, v), type: v.aval.strShort(), ...withParent });
    producers.set(v, id);
  });

  const connect = (atom: Atom, target: string, operand: number): void => {
    const type = atom.aval.strShort();
    if (atom instanceof Var) {
      const source = producers.get(atom);
      // A variable from an enclosing scope (closed over): drawn without an edge rather than a wrong one.
      if (source !== undefined) {
        b.edges.push({ id: `${target}:${operand}`, source, target, label: nameOf(b, atom), type });
      }
      return;
    }
    const id = `${target}.lit${operand}`;
    const label = atom.toString().split(":")[0];
    b.nodes.push({ id, kind: "literal", label, type, ...withParent });
    b.edges.push({ id: `${target}:${operand}`, source: id, target, label, type });
  };

  jaxpr.eqns.forEach((eqn, i) => {
    const id = `${prefix}e${i}`;
    const eqnPath = [...path, i];
    const subJaxprs = nestedJaxprs(eqn);
    b.equationCount++;
    b.nodes.push({
      id,
      kind: "equation",
      label: eqn.primitive,
      params: plainParams(eqn),
      eqnPath,
      ...withParent,
      ...(eqn.source ? { sourceLine: eqn.source.line, sourceFile: eqn.source.file } : {}),
      ...(subJaxprs.length > 0 ? { compound: true } : {}),
    });
    eqn.inputs.forEach((atom, k) => connect(atom, id, k));
    for (const v of eqn.outputs) producers.set(v, id);

    subJaxprs.forEach(({ label, jaxpr: sub }, k) => {
      if (subJaxprs.length === 1) {
        addJaxpr(b, sub, `${id}/j${k}/`, id, eqnPath);
        return;
      }
      // Several nested jaxprs (cond's branches, while's cond and body): one box for each.
      const boxId = `${id}/j${k}`;
      b.nodes.push({ id: boxId, kind: "jaxpr", label, parent: id });
      addJaxpr(b, sub, `${boxId}/`, boxId, eqnPath);
    });
  });

  jaxpr.outvars.forEach((atom, i) => {
    const id = `${prefix}out${i}`;
    const label = atom instanceof Var ? nameOf(b, atom) : atom.toString().split(":")[0];
    b.nodes.push({ id, kind: "output", label, type: atom.aval.strShort(), ...withParent });
    connect(atom, id, 0);
  });
}

function asJaxpr(x: unknown): Jaxpr | undefined {
  if (x instanceof Jaxpr) return x;
  if (x instanceof ClosedJaxpr) return x.jaxpr;
  return undefined;
}

function isJaxprLike(v: ParamValue): boolean {
  if (Array.isArray(v)) return v.length > 0 && v.every((x) => asJaxpr(x) !== undefined);
  return asJaxpr(v) !== undefined;
}

/** The jaxprs held in an equation's params, labelled `jaxpr`, `branches[1]`, `body_jaxpr`, ... */
function nestedJaxprs(eqn: JaxprEqn): Array<{ label: string; jaxpr: Jaxpr }> {
  const out: Array<{ label: string; jaxpr: Jaxpr }> = [];
  for (const [key, value] of Object.entries(eqn.params)) {
    if (Array.isArray(value)) {
      value.forEach((x, i) => {
        const j = asJaxpr(x);
        if (j) out.push({ label: `${key}[${i}]`, jaxpr: j });
      });
      continue;
    }
    const j = asJaxpr(value);
    if (j) out.push({ label: key, jaxpr: j });
  }
  return out;
}

function plainParams(eqn: JaxprEqn): string[] {
  return shownParams(eqn)
    .filter(([, v]) => !isJaxprLike(v))
    .map(([k, v]) => `${k}=${pyStr(v as PyPlain)}`);
}
