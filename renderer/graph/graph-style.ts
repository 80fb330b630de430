/** The graph's look, for each theme: equations, inputs, constants, literals and outputs told apart. */
import type { StylesheetJson } from "cytoscape";

export type Theme = "light" | "dark";

const PALETTES = {
  light: {
    text: "#1d1d1f",
    muted: "#6b665c",
    equation: "#fff4e6",
    equationBorder: "#c9773f",
    input: "#e6f4ea",
    inputBorder: "#3f8f5a",
    const: "#efe8f7",
    constBorder: "#7b57a8",
    literal: "#f0eeea",
    literalBorder: "#a39d90",
    output: "#e7f0fb",
    outputBorder: "#3d6fae",
    compound: "#faf7f1",
    compoundBorder: "#c9b99a",
    edge: "#9a9385",
    highlight: "#d9462b",
    linked: "#2f6fd0",
    labelBackground: "#fffdf8",
  },
  dark: {
    text: "#ececef",
    muted: "#a6a3ad",
    equation: "#3a2a1f",
    equationBorder: "#e09059",
    input: "#1f3427",
    inputBorder: "#6cc48a",
    const: "#2d2538",
    constBorder: "#b592e0",
    literal: "#2a2a30",
    literalBorder: "#76737e",
    output: "#1f2a3a",
    outputBorder: "#7aa7e0",
    compound: "#202026",
    compoundBorder: "#5a5446",
    edge: "#77737f",
    highlight: "#ff8a65",
    linked: "#7fb2ff",
    labelBackground: "#1c1c21",
  },
} as const;

const MONO = '"JetBrains Mono", ui-monospace, monospace';

/**
 * `large`: a graph of hundreds of equations, drawn for speed: no edge labels, straight edges (bezier
 * edges make Cytoscape look for parallel edges around every node), no text too small to read.
 */
export function graphStyle(theme: Theme, large: boolean): StylesheetJson {
  const p = PALETTES[theme];
  const box = (background: string, border: string) => ({
    "background-color": background,
    "border-color": border,
  });
  return [
    {
      selector: "node",
      style: {
        label: "data(label)",
        width: "data(width)",
        height: "data(height)",
        shape: "round-rectangle",
        "font-family": MONO,
        "font-size": 12,
        color: p.text,
        "text-valign": "center",
        "text-halign": "center",
        "text-wrap": "wrap",
        "border-width": 1.5,
        ...(large ? { "min-zoomed-font-size": 6 } : {}),
      },
    },
    { selector: "node.equation", style: { ...box(p.equation, p.equationBorder), "font-weight": 600 } },
    { selector: "node.input", style: { ...box(p.input, p.inputBorder), shape: "round-tag" } },
    { selector: "node.const", style: { ...box(p.const, p.constBorder), shape: "round-diamond" } },
    {
      selector: "node.literal",
      style: { ...box(p.literal, p.literalBorder), shape: "ellipse", "font-size": 11 },
    },
    { selector: "node.output", style: { ...box(p.output, p.outputBorder), shape: "round-tag" } },
    { selector: "node.closed", style: { "border-style": "double", "border-width": 4 } },
    {
      selector: "node.open, node.jaxpr",
      style: {
        ...box(p.compound, p.compoundBorder),
        "border-style": "dashed",
        "text-valign": "top",
        "text-halign": "center",
        "text-margin-y": -3,
        "font-weight": 600,
        padding: "16px",
        color: p.muted,
      },
    },
    {
      selector: "edge",
      style: {
        width: 1.4,
        "line-color": p.edge,
        "target-arrow-color": p.edge,
        "target-arrow-shape": "triangle",
        "arrow-scale": 0.8,
        "curve-style": large ? "straight" : "bezier",
        "font-family": MONO,
        "font-size": 10,
        color: p.muted,
        label: large ? "" : "data(label)",
        "text-background-color": p.labelBackground,
        "text-background-opacity": 0.85,
        "text-background-padding": "2px",
        "text-margin-y": -8,
      },
    },
    {
      selector: "node.highlighted",
      style: {
        "border-color": p.highlight,
        "border-width": 3,
        "underlay-color": p.highlight,
        "underlay-opacity": 0.15,
        "underlay-padding": 6,
      },
    },
    {
      selector: "node.linked",
      style: {
        "border-color": p.linked,
        "border-width": 3,
        "underlay-color": p.linked,
        "underlay-opacity": 0.18,
        "underlay-padding": 6,
      },
    },
    {
      selector: "edge.highlighted",
      style: { "line-color": p.highlight, "target-arrow-color": p.highlight, width: 2.4 },
    },
  ];
}
