/** The messages between the graph view and its layout worker (ELK, off the UI thread). */

export interface LayoutNode {
  readonly id: string;
  readonly parent?: string;
  readonly width: number;
  readonly height: number;
  /** An open compound node: its size comes from its children. */
  readonly open: boolean;
}

export interface LayoutEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  /** The size of the edge's label, when it is drawn: the layout keeps room for it. */
  readonly label?: { readonly width: number; readonly height: number };
}

export interface LayoutRequest {
  readonly requestId: number;
  readonly nodes: readonly LayoutNode[];
  readonly edges: readonly LayoutEdge[];
  readonly direction: "RIGHT" | "DOWN";
}

export type LayoutResponse =
  | {
      readonly requestId: number;
      readonly ok: true;
      /** The centre of each node that is not an open compound, in absolute coordinates. */
      readonly positions: Readonly<Record<string, { readonly x: number; readonly y: number }>>;
    }
  | { readonly requestId: number; readonly ok: false; readonly message: string };
