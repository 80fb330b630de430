/**
 * The call log: while a listener is set (the app's worker sets one; the CLI does not), each call of a
 * function transformed by the public API (`jax.jit(f)`, `jax.vmap(f)`, `jax.grad(f)`...) reports its wall
 * time. Only outermost calls made outside any trace are reported: a jitted function called inside a
 * vmapped one, or while `make_jaxpr` traces, is part of the enclosing call's time, not a call of its own.
 *
 * Python's wrappers keep a mirror of "is a listener set" (jax/_call_log.py), so that the disabled log
 * costs them one boolean check; {@link PythonSession.setCallTimingListener} keeps the two in step.
 */
import { traceDepth } from "../core/trace.ts";

export interface CallTiming {
  /** The transformed function's `__name__`. */
  readonly fn: string;
  /** The transformations, outermost first: `["jit", "vmap"]` for `jax.jit(jax.vmap(f))`. */
  readonly transforms: readonly string[];
  /** Wall time from the call until its result was computed (CPU execution is synchronous). */
  readonly ms: number;
  /** For `jit`: whether this call traced and compiled (a cache miss); null for other transformations. */
  readonly traced: boolean | null;
}

export type CallTimingListener = (call: CallTiming) => void;

/** What {@link beginCall} returns for a call that is not reported. */
export const NOT_TIMED = -1;

let listener: CallTimingListener | null = null;

export function setCallTimingListener(next: CallTimingListener | null): void {
  listener = next;
}

export function isCallTimingEnabled(): boolean {
  return listener !== null;
}

/** The start of an observed call: the clock, or {@link NOT_TIMED} inside a trace or without a listener. */
export function beginCall(): number {
  // The eval trace is the bottom of the stack: any trace above it means this call is being traced.
  return listener !== null && traceDepth() === 1 ? performance.now() : NOT_TIMED;
}

/**
 * The end of an observed call that returned. `transforms` is space-separated, outermost first (one string
 * crosses from Python without a conversion); Python's None for `traced` arrives as undefined.
 */
export function endCall(start: number, fn: string, transforms: string, traced?: boolean | null): void {
  if (start === NOT_TIMED || listener === null) return;
  const ms = performance.now() - start;
  listener({ fn, transforms: transforms.split(" "), ms, traced: traced ?? null });
}
