/** Lays out graphs with ELK (layered), off the UI thread: a 2,000-equation graph never freezes the page. */
import ELK from "elkjs/lib/elk.bundled.js";

import { leafCentres, toElkGraph } from "./elk-graph.ts";
import type { LayoutRequest, LayoutResponse } from "./layout-protocol.ts";

const elk = new ELK();

function reply(response: LayoutResponse): void {
  self.postMessage(response);
}

self.onmessage = (message: MessageEvent<LayoutRequest>) => {
  const request = message.data;
  elk.layout(toElkGraph(request)).then(
    (laidOut) => reply({ requestId: request.requestId, ok: true, positions: leafCentres(laidOut) }),
    (error: unknown) =>
      reply({
        requestId: request.requestId,
        ok: false,
        message: error instanceof Error ? error.message : String(error),
      }),
  );
};
