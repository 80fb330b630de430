/**
 * The jaxpr's graph: Cytoscape draws what graph-elements.ts computes, at the positions the ELK worker
 * computes. Pan and zoom with the mouse; fit from the toolbar; double-click a jit (or cond, scan...)
 * to open or close it; hovering a node highlights its equation in the jaxpr text, and the reverse; the
 * equations a line of the learner's code created can be highlighted too (`linkedNodes`).
 */
import cytoscape, { type Core, type ElementDefinition } from "cytoscape";
import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

import { drawnNodesFor } from "../state/source-links.ts";
import type { JaxprGraph } from "../worker/protocol.ts";
import { addInSlices, boundsOf, fitViewport, type Viewport } from "./draw-in-slices.ts";
import { compoundIds, drawnEquationCount, drawnGraph, type DrawnGraph } from "./graph-elements.ts";
import { graphStyle, type Theme } from "./graph-style.ts";
import type { LayoutRequest, LayoutResponse } from "./layout-protocol.ts";

const FIT_PADDING = 24;
const MIN_READABLE_ZOOM = 0.4;
/** The zoom a large graph that cannot be read whole opens at: its labels at about 10px. */
const LARGE_START_ZOOM = 0.8;
/** How many nodes (in the jaxpr's order: inputs, then equations) a long graph opens on. */
const START_NODES = 16;

/**
 * Past this many equations, compound nodes start closed, literals are folded into their equations'
 * labels, edge labels are hidden, and the graph is drawn a slice per frame.
 */
const LARGE_GRAPH = 300;

interface GraphViewProps {
  readonly graph: JaxprGraph | null;
  readonly theme: Theme;
  /** The top-level equation to highlight (hovered in the jaxpr text), if any. */
  readonly highlightedEquation: number | null;
  readonly onHoverEquation: (index: number | null) => void;
  /** The hovered node's id (any node, nested ones included), or null when the pointer leaves it. */
  readonly onHoverNode?: (id: string | null) => void;
  /** Equation nodes to highlight as created by the learner's current line (a closed node shows its own). */
  readonly linkedNodes?: ReadonlySet<string>;
}

type LayoutState =
  { readonly kind: "idle" | "pending" | "ready" } | { readonly kind: "failed"; readonly message: string };

interface LayoutResult {
  readonly drawn: DrawnGraph;
  readonly state: LayoutState;
}

interface ClosedNodes {
  readonly graph: JaxprGraph | null;
  readonly closed: ReadonlySet<string>;
}

/** A new graph starts with its compound nodes open, unless it is large. */
function defaultClosed(graph: JaxprGraph | null): ReadonlySet<string> {
  return new Set(graph && graph.equationCount > LARGE_GRAPH ? compoundIds(graph) : []);
}

function toElements(drawn: DrawnGraph, positions: LayoutResponse & { ok: true }): ElementDefinition[] {
  const nodes: ElementDefinition[] = drawn.nodes.map((n) => ({
    group: "nodes",
    data: { ...n, ...(n.parent !== undefined ? { parent: n.parent } : {}) },
    classes: [n.kind, n.open ? "open" : "", n.closed ? "closed" : ""].filter(Boolean).join(" "),
    ...(positions.positions[n.id] ? { position: { ...positions.positions[n.id] } } : {}),
  }));
  const edges: ElementDefinition[] = drawn.edges.map((e) => ({ group: "edges", data: { ...e } }));
  return [...nodes, ...edges];
}

export function GraphView({
  graph,
  theme,
  highlightedEquation,
  onHoverEquation,
  onHoverNode,
  linkedNodes,
}: GraphViewProps) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  const layoutWorker = useRef<Worker | null>(null);
  const requestId = useRef(0);
  // Which compound nodes are closed, for one graph: a new graph starts from its defaults.
  const [closedFor, setClosedFor] = useState<ClosedNodes>({ graph: null, closed: new Set() });
  const [layoutResult, setLayoutResult] = useState<LayoutResult | null>(null);
  const hoverCallback = useRef(onHoverEquation);
  const hoverNodeCallback = useRef(onHoverNode);

  useEffect(() => {
    hoverCallback.current = onHoverEquation;
    hoverNodeCallback.current = onHoverNode;
  }, [onHoverEquation, onHoverNode]);

  const large = (graph?.equationCount ?? 0) > LARGE_GRAPH;
  const defaults = useMemo(() => defaultClosed(graph), [graph]);
  const closed = closedFor.graph === graph ? closedFor.closed : defaults;
  const drawn = useMemo(
    () => (graph ? drawnGraph(graph, closed, { foldLiterals: large }) : null),
    [graph, closed, large],
  );
  const layout: LayoutState =
    !drawn || drawn.nodes.length === 0
      ? { kind: "idle" }
      : layoutResult?.drawn === drawn
        ? layoutResult.state
        : { kind: "pending" };

  const layoutKind = layout.kind;

  const toggle = (id: string) => {
    const next = new Set(closed);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setClosedFor({ graph, closed: next });
  };
  const toggleRef = useRef(toggle);
  useEffect(() => {
    toggleRef.current = toggle;
  });

  useEffect(() => {
    if (!container.current) return;
    const instance = cytoscape({
      container: container.current,
      minZoom: 0.02,
      maxZoom: 4,
      boxSelectionEnabled: false,
      // While panning and zooming, draw a snapshot: a 2,000-equation graph stays fluid.
      textureOnViewport: true,
      hideEdgesOnViewport: true,
    });
    // The hover ends when the pointer leaves the node, or the canvas straight from a node (Cytoscape may not
    // see that mouseout): whichever comes first ends it, once.
    let hovering = false;
    instance.on("mouseover", "node", (event) => {
      const path = event.target.data("eqnPath") as number[] | undefined;
      hovering = true;
      hoverCallback.current(path ? path[0] : null);
      hoverNodeCallback.current?.(event.target.id() as string);
    });
    const leave = () => {
      if (!hovering) return;
      hovering = false;
      hoverCallback.current(null);
      hoverNodeCallback.current?.(null);
    };
    instance.on("mouseout", "node", leave);
    container.current.addEventListener("mouseleave", leave);
    instance.on("dbltap", "node.open, node.closed", (event) =>
      toggleRef.current(event.target.id() as string),
    );
    cy.current = instance;
    const worker = new Worker(new URL("./layout.worker.ts", import.meta.url), {
      type: "module",
      name: "traceur-layout",
    });
    layoutWorker.current = worker;
    const element = container.current;
    return () => {
      element.removeEventListener("mouseleave", leave);
      worker.terminate();
      instance.destroy();
      cy.current = null;
    };
  }, []);

  useEffect(() => {
    cy.current?.style(graphStyle(theme, large));
  }, [theme, large]);

  useEffect(() => {
    const worker = layoutWorker.current;
    const instance = cy.current;
    if (!worker || !instance) return;
    if (!drawn || drawn.nodes.length === 0) {
      instance.elements().remove();
      return;
    }
    const id = ++requestId.current;
    worker.onmessage = (message: MessageEvent<LayoutResponse>) => {
      const response = message.data;
      if (response.requestId !== requestId.current) return;
      if (!response.ok) {
        setLayoutResult({ drawn, state: { kind: "failed", message: response.message } });
        return;
      }
      const elements = toElements(drawn, response);
      if (!large) {
        instance.batch(() => {
          instance.elements().remove();
          instance.add(elements);
        });
        fitReadably(instance);
        setLayoutResult({ drawn, state: { kind: "ready" } });
        return;
      }
      instance.elements().remove();
      instance.viewport(readableViewport(drawn, response.positions, instance.width(), instance.height()));
      void addInSlices(instance, elements, () => requestId.current !== id).then((complete) => {
        if (complete) setLayoutResult({ drawn, state: { kind: "ready" } });
      });
    };
    const request: LayoutRequest = {
      requestId: id,
      nodes: drawn.nodes.map(({ id: nodeId, parent, width, height, open }) => ({
        id: nodeId,
        ...(parent !== undefined ? { parent } : {}),
        width,
        height,
        open,
      })),
      edges: drawn.edges.map(({ id: edgeId, source, target, label }) => ({
        id: edgeId,
        source,
        target,
        ...(large || label === "" ? {} : { label: edgeLabelSize(label) }),
      })),
      direction: "RIGHT",
    };
    worker.postMessage(request);
  }, [drawn, large]);

  useEffect(() => {
    const instance = cy.current;
    if (!instance || layoutKind !== "ready") return;
    instance.batch(() => {
      instance.elements(".highlighted").removeClass("highlighted");
      if (highlightedEquation === null) return;
      const nodes = instance
        .nodes()
        .filter((n) => (n.data("eqnPath") as number[] | undefined)?.[0] === highlightedEquation);
      nodes.addClass("highlighted");
      nodes.connectedEdges().addClass("highlighted");
    });
  }, [highlightedEquation, layoutKind]);

  useEffect(() => {
    const instance = cy.current;
    if (!instance || layoutKind !== "ready" || !graph) return;
    instance.batch(() => {
      instance.elements(".linked").removeClass("linked");
      const ids = drawnNodesFor(graph, linkedNodes ?? new Set(), (id) =>
        instance.getElementById(id).nonempty(),
      );
      for (const id of ids) instance.getElementById(id).addClass("linked");
    });
  }, [graph, linkedNodes, layoutKind, drawn]);

  const equations = drawn ? drawnEquationCount(drawn) : 0;
  const hasCompounds = graph ? compoundIds(graph).length > 0 : false;

  return (
    <div className="graph-view">
      <div className="panel-toolbar">
        <span className="graph-count">
          {graph ? t("graph.equations", { count: graph.equationCount }) : ""}
        </span>
        {hasCompounds && <span className="graph-hint">{t("graph.expandHint")}</span>}
        <span className="spacer" />
        {layout.kind === "pending" && <span className="graph-status">{t("graph.layingOut")}</span>}
        {hasCompounds && graph && (
          <button
            type="button"
            className="text-button"
            data-testid="graph-toggle-nested"
            onClick={() =>
              setClosedFor({ graph, closed: closed.size > 0 ? new Set() : new Set(compoundIds(graph)) })
            }
          >
            {closed.size > 0 ? t("graph.expandAll") : t("graph.collapseAll")}
          </button>
        )}
        <button
          type="button"
          className="icon-button"
          title={t("graph.zoomOut")}
          aria-label={t("graph.zoomOut")}
          onClick={() => zoomBy(cy.current, 1 / 1.25)}
          disabled={!graph}
        >
          −
        </button>
        <button
          type="button"
          className="icon-button"
          title={t("graph.zoomIn")}
          aria-label={t("graph.zoomIn")}
          onClick={() => zoomBy(cy.current, 1.25)}
          disabled={!graph}
        >
          +
        </button>
        <button
          type="button"
          className="text-button"
          title={t("graph.fitHint")}
          onClick={() => cy.current?.fit(undefined, FIT_PADDING)}
          disabled={!graph}
        >
          {t("graph.fit")}
        </button>
      </div>
      <div
        className="graph-canvas"
        ref={container}
        data-testid="graph"
        data-layout={layout.kind}
        data-equations={layout.kind === "ready" ? equations : 0}
        data-linked-nodes={linkedNodes && linkedNodes.size > 0 ? [...linkedNodes].join(" ") : undefined}
      />
      {!graph && <p className="empty-note graph-empty">{t("graph.empty")}</p>}
      {layout.kind === "failed" && (
        <p className="empty-note graph-empty">{t("graph.layoutFailed", { message: layout.message })}</p>
      )}
    </div>
  );
}

/**
 * Fits the whole graph, unless its labels would then be too small to read: a long graph is shown
 * from its start instead (the learner pans along it, or fits it from the toolbar).
 */
function fitReadably(instance: Core): void {
  instance.fit(undefined, FIT_PADDING);
  if (instance.zoom() >= MIN_READABLE_ZOOM) return;
  instance.fit(instance.nodes().slice(0, START_NODES), FIT_PADDING);
}

/**
 * Where a large graph opens, computed from the layout's positions before anything is drawn (Cytoscape's
 * fit would measure every element): the whole graph if it can be read so, else its start (it flows to
 * the right), at a readable size.
 */
function readableViewport(
  drawn: DrawnGraph,
  positions: Readonly<Record<string, { readonly x: number; readonly y: number }>>,
  width: number,
  height: number,
): Viewport {
  const placed = drawn.nodes.flatMap((n) => {
    const at = positions[n.id];
    return at ? [{ ...at, width: n.width, height: n.height }] : [];
  });
  const whole = fitViewport(boundsOf(placed), width, height, FIT_PADDING);
  if (whole.zoom >= MIN_READABLE_ZOOM) return whole;
  const start = boundsOf(placed.slice(0, START_NODES));
  const zoom = LARGE_START_ZOOM;
  return {
    zoom,
    pan: { x: FIT_PADDING - zoom * start.x, y: height / 2 - zoom * (start.y + start.height / 2) },
  };
}

/** About the size Cytoscape draws an edge label at (10px monospace), for the layout to keep room for it. */
function edgeLabelSize(label: string): { width: number; height: number } {
  return { width: Math.ceil(label.length * 6.1) + 8, height: 14 };
}

function zoomBy(instance: Core | null, factor: number): void {
  if (!instance) return;
  const { width, height } = instance.container()?.getBoundingClientRect() ?? { width: 0, height: 0 };
  instance.zoom({ level: instance.zoom() * factor, renderedPosition: { x: width / 2, y: height / 2 } });
}
