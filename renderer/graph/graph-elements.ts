/**
 * From the engine's graph export to what the graph view draws: Cytoscape elements (labels, sizes,
 * classes) and the hierarchy ELK lays out. Compound equations (jit, cond, ...) are drawn open or
 * closed: a closed one hides everything inside it.
 */
import type { GraphNode, JaxprGraph } from "../worker/protocol.ts";

export interface DrawnNode {
  readonly id: string;
  readonly parent?: string;
  readonly label: string;
  readonly kind: GraphNode["kind"];
  readonly width: number;
  readonly height: number;
  /** True for a compound equation drawn open (it then holds its children). */
  readonly open: boolean;
  /** True for a compound equation drawn closed (it can be opened). */
  readonly closed: boolean;
  readonly eqnPath?: readonly number[];
  readonly sourceLine?: number;
}

export interface DrawnEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly label: string;
}

export interface DrawnGraph {
  readonly nodes: readonly DrawnNode[];
  readonly edges: readonly DrawnEdge[];
}

const CHAR_WIDTH = 7.4;
const LINE_HEIGHT = 16;
/** Longer params are cut, with an ellipsis: the full text is in the jaxpr panel. */
const MAX_PARAM_CHARS = 28;

/** An equation's label: the primitive, then one line per param (`y=2`). */
export function equationLabel(node: GraphNode): string {
  const params = (node.params ?? []).map((p) =>
    p.length > MAX_PARAM_CHARS ? `${p.slice(0, MAX_PARAM_CHARS - 1)}…` : p,
  );
  return [node.label, ...params].join("\n");
}

function nodeLabel(node: GraphNode): string {
  switch (node.kind) {
    case "equation":
      return equationLabel(node);
    case "input":
    case "const":
    case "output":
      return `${node.label}: ${node.type ?? ""}`;
    case "literal":
    case "jaxpr":
      return node.label;
  }
}

function sizeOf(label: string, kind: GraphNode["kind"]): { width: number; height: number } {
  const lines = label.split("\n");
  const longest = Math.max(...lines.map((l) => l.length));
  const padding = kind === "literal" ? 14 : 26;
  return {
    width: Math.max(kind === "literal" ? 28 : 56, Math.ceil(longest * CHAR_WIDTH + padding)),
    height: lines.length * LINE_HEIGHT + (kind === "literal" ? 8 : 14),
  };
}

/** The ids of all compound equations: the nodes that can be opened and closed. */
export function compoundIds(graph: JaxprGraph): string[] {
  return graph.nodes.filter((n) => n.compound === true).map((n) => n.id);
}

export interface DrawOptions {
  /**
   * Literal operands written in their equation's label (`← 2.0`) instead of drawn as nodes of their own:
   * for large graphs, where they would be a third of the nodes to lay out and draw.
   */
  readonly foldLiterals?: boolean;
}

/** The labels of the literals each equation takes, by equation id. */
function literalOperands(graph: JaxprGraph, byId: ReadonlyMap<string, GraphNode>): Map<string, string[]> {
  const operands = new Map<string, string[]>();
  for (const edge of graph.edges) {
    const source = byId.get(edge.source);
    if (source?.kind !== "literal") continue;
    const list = operands.get(edge.target) ?? [];
    list.push(source.label);
    operands.set(edge.target, list);
  }
  return operands;
}

/** What to draw, with the compound nodes in `closed` shown closed. */
export function drawnGraph(
  graph: JaxprGraph,
  closed: ReadonlySet<string>,
  options: DrawOptions = {},
): DrawnGraph {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const folded = options.foldLiterals ? literalOperands(graph, byId) : new Map<string, string[]>();
  const hidden = (node: GraphNode): boolean => {
    for (let p = node.parent; p !== undefined; p = byId.get(p)?.parent) if (closed.has(p)) return true;
    return false;
  };
  const nodes: DrawnNode[] = [];
  for (const node of graph.nodes) {
    if (hidden(node) || (options.foldLiterals && node.kind === "literal")) continue;
    const label = [nodeLabel(node), ...(folded.get(node.id) ?? []).map((literal) => `← ${literal}`)].join(
      "\n",
    );
    const isCompound = node.compound === true;
    nodes.push({
      id: node.id,
      ...(node.parent !== undefined ? { parent: node.parent } : {}),
      label,
      kind: node.kind,
      ...sizeOf(label, node.kind),
      open: isCompound && !closed.has(node.id),
      closed: isCompound && closed.has(node.id),
      ...(node.eqnPath ? { eqnPath: node.eqnPath } : {}),
      ...(node.sourceLine !== undefined ? { sourceLine: node.sourceLine } : {}),
    });
  }
  const shown = new Map(nodes.map((n) => [n.id, n]));
  const edges = graph.edges
    .filter((e) => shown.has(e.source) && shown.has(e.target))
    .map((e) => {
      // Inputs, literals and outputs already show their name and type: only values between
      // equations are labelled on the edge.
      const between = shown.get(e.source)?.kind === "equation" && shown.get(e.target)?.kind === "equation";
      return { id: e.id, source: e.source, target: e.target, label: between ? `${e.label}: ${e.type}` : "" };
    });
  return { nodes, edges };
}

/** How many equations a drawing shows (closed compound equations count as one). */
export function drawnEquationCount(drawn: DrawnGraph): number {
  return drawn.nodes.filter((n) => n.kind === "equation").length;
}
