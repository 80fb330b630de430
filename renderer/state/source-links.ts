/**
 * The links between the learner's code and a jaxpr: the engine records, for each equation, the line of the
 * learner's code that created it (JAX's `source_info`). Hovering an equation (in the graph or the jaxpr text)
 * leads to its line; a line of the editor leads to the equations it created.
 */
import { type GraphNode, type JaxprGraph, USER_FILE } from "../worker/protocol.ts";

/**
 * The learner's line an equation came from, or null: only lines of the learner's own file count, and only
 * within the code the learner wrote (a traced function's call is appended after it).
 */
export function learnerLineOf(node: GraphNode, learnerLines: number): number | null {
  const line = node.sourceLine;
  if (node.kind !== "equation" || node.sourceFile !== USER_FILE || line === undefined) return null;
  return line >= 1 && line <= learnerLines ? line : null;
}

/** The learner's line of a top-level equation (by its index, as the jaxpr text counts them). */
export function lineOfEquation(graph: JaxprGraph, index: number, learnerLines: number): number | null {
  const node = graph.nodes.find((n) => n.eqnPath?.length === 1 && n.eqnPath[0] === index);
  return node ? learnerLineOf(node, learnerLines) : null;
}

/** What one line of the learner's code created. */
export interface LineEquations {
  /** The equation nodes, nested ones included. */
  readonly nodeIds: ReadonlySet<string>;
  /** The top-level equations among them, by index (their lines in the jaxpr text). */
  readonly topLevel: ReadonlySet<number>;
}

export const NO_EQUATIONS: LineEquations = { nodeIds: new Set(), topLevel: new Set() };

export function equationsOfLine(graph: JaxprGraph, line: number, learnerLines: number): LineEquations {
  const nodeIds = new Set<string>();
  const topLevel = new Set<number>();
  for (const node of graph.nodes) {
    if (learnerLineOf(node, learnerLines) !== line) continue;
    nodeIds.add(node.id);
    if (node.eqnPath?.length === 1) topLevel.add(node.eqnPath[0]);
  }
  return nodeIds.size === 0 ? NO_EQUATIONS : { nodeIds, topLevel };
}

/**
 * The nodes drawn for `ids`: each node itself or, inside a closed jit (or cond, scan...), the closed node that
 * hides it.
 */
export function drawnNodesFor(
  graph: JaxprGraph,
  ids: ReadonlySet<string>,
  isDrawn: (id: string) => boolean,
): Set<string> {
  const drawn = new Set<string>();
  if (ids.size === 0) return drawn;
  const parents = new Map(graph.nodes.map((n) => [n.id, n.parent]));
  for (const id of ids) {
    for (let current: string | undefined = id; current !== undefined; current = parents.get(current)) {
      if (isDrawn(current)) {
        drawn.add(current);
        break;
      }
    }
  }
  return drawn;
}
