import type { ShapedArray } from "./aval.ts";
import { jaxError } from "./errors.ts";
import type { Primitive } from "./primitive.ts";
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
    return prim.rules.cpu(concrete, params, outAvals);
  }
}

const stack: Trace[] = [new EvalTrace()];

export function currentTrace(): Trace {
  return stack[stack.length - 1];
}

export function traceDepth(): number {
  return stack.length;
}

export function pushTrace(make: (level: number) => Trace): Trace {
  const t = make(stack.length);
  stack.push(t);
  return t;
}

export function popTrace(t: Trace): void {
  if (stack[stack.length - 1] !== t) throw new Error("trace stack out of order");
  stack.pop();
}

/** Unwind to a given depth, after an exception escaped user code that was being traced. */
export function resetTraceStack(depth = 1): void {
  stack.length = Math.max(1, depth);
}

export function bind<P extends Params>(prim: Primitive<P>, args: readonly Value[], params: P): Value[] {
  return currentTrace().process(prim, args, params);
}

export function bind1<P extends Params>(prim: Primitive<P>, args: readonly Value[], params: P): Value {
  return currentTrace().process(prim, args, params)[0];
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
  return t.trace.kind === "jit" ? "DynamicJaxprTracer" : `${t.trace.kind}Tracer`;
}

export type { ShapedArray };
