// Tells the host (the app's worker) about each jaxpr that user code turns into text, through print() or
// str(): the app shows its text and draws its graph. One listener at a time; none in the CLI.
import type { ClosedJaxpr } from "../ir/jaxpr.ts";

export type PrintedJaxprListener = (jaxpr: ClosedJaxpr, text: string) => void;

let listener: PrintedJaxprListener | undefined;

/** Sets (or, with undefined, clears) the listener called each time Python prints a jaxpr. */
export function setPrintedJaxprListener(next: PrintedJaxprListener | undefined): void {
  listener = next;
}

export function reportPrintedJaxpr(jaxpr: ClosedJaxpr, text: string): void {
  listener?.(jaxpr, text);
}
