import type { ShapedArray } from "./aval.ts";
import { jaxError } from "./errors.ts";
import type { Primitive } from "./primitive.ts";
import { pinAliases } from "./pinning.ts";
import { ArrayValue, Tracer, type TraceLike, type Value } from "./values.ts";
import type { Params } from "../ir/jaxpr.ts";

/**
 * A trace interprets primitives applied to its values. As in JAX since "stackless" tracing, the
 * innermost trace of the context handles every bind; values of other traces are lifted by it.
 */
export interface Trace extends TraceLike {
  process<P extends Params>(prim: Primitive<P>, args: readonly Value[], params: P): Value[];
}

/** Evaluates primitives at once on the CPU. The bottom of every trace stack. */
export class EvalTrace implements Trace {
  readonly level = 0;
  readonly kind = "eval";
  process<P extends Params>(prim: Primitive<P>, args: readonly Value[], params: P): Value[] {
    const concrete = args.map((a) => (a instanceof ArrayValue ? a : escapedTracer(a)));
    const outAvals = prim.rules.abstractEval(
      concrete.map((a) => a.aval),
      params,
    );
    const outs = prim.rules.cpu(concrete, params, outAvals);
    if (!prim.rules.borrowsOperands) {
      for (const a of concrete) a.pin();
      if (prim.rules.freshResults) pinAliases(outs, concrete);
      else for (const o of outs) o.pin();
    }
    return outs;
  }
}

const stack: Trace[] = [new EvalTrace()];
/** For each pushed trace, the trace that was current before it (its parent). */
const parents: Trace[] = [];
let current: Trace = stack[0];

/** The trace that handles the next bind: the innermost, unless a rule runs on its parent's. */
export function currentTrace(): Trace {
  return current;
}

export function traceDepth(): number {
  return stack.length;
}

/** Push a new innermost trace; `make` receives its level and its parent (the trace current until now). */
export function pushTrace(make: (level: number, parent: Trace) => Trace): Trace {
  const t = make(stack.length, current);
  parents.push(current);
  stack.push(t);
  current = t;
  return t;
}

export function popTrace(t: Trace): void {
  if (stack[stack.length - 1] !== t) throw new Error("trace stack out of order");
  stack.pop();
  current = parents.pop() ?? stack[0];
}

/** Unwind to a given depth, after an exception escaped user code that was being traced. */
export function resetTraceStack(depth = 1): void {
  const d = Math.max(1, depth);
  if (stack.length > d) current = parents[d - 1];
  stack.length = d;
  parents.length = d - 1;
}

/**
 * Run `fn` with `t` as the current trace (JAX's `set_current_trace`). A transformation's trace applies
 * its rules this way: the primitives the rules bind go to the trace below it (its parent), not to itself.
 */
export function withCurrentTrace<T>(t: Trace, fn: () => T): T {
  const saved = current;
  current = t;
  try {
    return fn();
  } finally {
    current = saved;
  }
}

export function bind<P extends Params>(prim: Primitive<P>, args: readonly Value[], params: P): Value[] {
  if (current.kind !== "eval") pinWhatATraceMayKeep(args);
  return current.process(prim, args, params);
}

export function bind1<P extends Params>(prim: Primitive<P>, args: readonly Value[], params: P): Value {
  return bind(prim, args, params)[0];
}

/**
 * A transformation's trace may keep the values it is given (as constants, as primals...): concrete ones,
 * and tracers of other traces, which it wraps.
 */
function pinWhatATraceMayKeep(args: readonly Value[]): void {
  for (const a of args) if (a instanceof ArrayValue || a.trace !== current) a.pin();
}

export function isLive(t: TraceLike): boolean {
  return stack.includes(t as Trace);
}

export function escapedTracer(t: Tracer): never {
  throw jaxError(
    "UnexpectedTracerError",
    "Encountered an unexpected tracer. A function transformed by JAX had a side effect, allowing for a " +
      `reference to an intermediate value with type ${t.aval.strLong()} wrapped in a ${tracerTypeName(t)} ` +
      "to escape the scope of the transformation.\nJAX transformations require that functions explicitly " +
      "return their outputs, and disallow saving intermediate values to global state.",
  );
}

function tracerTypeName(t: Tracer): string {
  if (t.trace.kind === "batch") return "BatchTracer";
  return t.trace.kind === "jit" ? "DynamicJaxprTracer" : `${t.trace.kind}Tracer`;
}

export type { ShapedArray };
