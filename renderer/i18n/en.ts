/** The interface's English text. Same keys as fr.ts. */
import type { fr } from "./fr.ts";

type Strings<T> = { readonly [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

export const en: Strings<typeof fr> = {
  app: {
    tagline: "Learn JAX by seeing it",
  },
  toolbar: {
    run: "Run",
    runHint: "Run the code (Ctrl+Enter)",
    stop: "Stop",
    stopHint: "Interrupt the running code",
    share: "Share",
    shareHint: "Copy a link that opens this code",
    shareCopied: "Link copied",
    open: "Open",
    openHint: "Open a .py file",
    save: "Save",
    saveHint: "Download the code as a .py file",
    theme: "Theme",
    themeLight: "Light theme",
    themeDark: "Dark theme",
    language: "Language",
  },
  loading: {
    python: "Starting Python…",
    jax: "Loading JAX…",
    ready: "Ready",
    failed: "Python could not start: {{message}}",
  },
  panels: {
    editor: "Code",
    output: "Output",
    jaxpr: "Jaxpr",
    graph: "Graph",
  },
  run: {
    idle: "Ready to run",
    running: "Running…",
    stopping: "Stopping…",
    finished: "Finished in {{ms}} ms",
    failed: "Error: {{message}}",
    failedAtLine: "Error on line {{line}}: {{message}}",
    interrupted: "Run interrupted",
  },
  output: {
    empty: "Your code's output will appear here.",
    clear: "Clear",
    truncated_one: "{{count}} older line hidden",
    truncated_other: "{{count}} older lines hidden",
  },
  jaxpr: {
    empty: "Show a jaxpr with print(jax.make_jaxpr(f)(x)): it will appear here.",
    copy: "Copy",
    copied: "Copied",
    pick: "Jaxpr shown",
    numbered: "Jaxpr {{n}}",
  },
  graph: {
    empty: "The jaxpr's graph will appear here.",
    fit: "Fit",
    fitHint: "Fit the graph to the window",
    zoomIn: "Zoom in",
    zoomOut: "Zoom out",
    layingOut: "Laying out…",
    equations_one: "{{count}} equation",
    equations_other: "{{count}} equations",
    expandAll: "Expand all",
    collapseAll: "Collapse all",
    expandHint: "Double-click a jit node to open or close it",
    layoutFailed: "The graph's layout failed: {{message}}",
  },
  file: {
    notUtf8: "This file is not UTF-8 text: Traceur cannot open it.",
    tooBig: "This file is too big ({{size}} MB): Traceur opens files of at most {{max}} MB.",
  },
};
