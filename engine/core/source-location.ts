// Where the equations being staged come from in the user's Python source, as JAX's source_info_util finds it:
// the innermost frame of the user's code when a primitive is bound live, or, while a transformation replays
// the equations of a jaxpr (eval_jaxpr, backward_pass), the source of the equation being replayed.
import type { SourceInfo } from "../ir/jaxpr.ts";

/** Finds the innermost frame of the user's code now; set by the front end only when lines are tracked. */
export type SourceLocator = () => SourceInfo | undefined;

let locator: SourceLocator | undefined;
let replayed: SourceInfo | undefined;

/** Turns source tracking on (with the front end's locator) or off (undefined: no equation gets a source). */
export function setSourceLocator(next: SourceLocator | undefined): void {
  locator = next;
}

/** The source of an equation staged now. */
export function currentEquationSource(): SourceInfo | undefined {
  return replayed ?? locator?.();
}

/**
 * JAX's `user_context(eqn.source_info.traceback)`: what is bound while an equation is replayed inherits its
 * source (an equation without one leaves the enclosing context). Returns the context to give back to
 * {@link restoreEquationSource} once the equation is done.
 */
export function replayEquationSource(source: SourceInfo | undefined): SourceInfo | undefined {
  const previous = replayed;
  if (source !== undefined) replayed = source;
  return previous;
}

export function restoreEquationSource(previous: SourceInfo | undefined): void {
  replayed = previous;
}
