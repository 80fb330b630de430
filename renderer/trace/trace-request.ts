/**
 * "Tracer cette fonction": the script that runs the learner's code, then prints the jaxpr of one of
 * its functions, as it is or transformed by jit, grad or vmap (the very calls a learner would write,
 * so the engine's own support, or its "not supported yet", is what the learner sees).
 */

export const TRANSFORMS = ["none", "jit", "grad", "vmap"] as const;
export type Transform = (typeof TRANSFORMS)[number];

export interface TraceRequest {
  readonly functionName: string;
  /** The arguments as Python source: `2.0` or `jnp.ones(3), 1`. */
  readonly args: string;
  readonly transform: Transform;
}

const TOP_LEVEL_DEF = /^(?:async\s+)?def\s+([A-Za-z_]\w*)\s*\(/gm;
const IDENTIFIER = /^[A-Za-z_]\w*$/;

/** The names of the functions the code defines at top level, in order, each once. */
export function definedFunctions(source: string): string[] {
  return [...new Set(Array.from(source.matchAll(TOP_LEVEL_DEF), (m) => m[1]))];
}

/** The name of the function defined on a line (`def f(x):` → `f`), or null. */
export function functionDefinedOn(line: string): string | null {
  return /^\s*(?:async\s+)?def\s+([A-Za-z_]\w*)\s*\(/.exec(line)?.[1] ?? null;
}

function transformed(name: string, transform: Transform): string {
  switch (transform) {
    case "none":
      return name;
    case "jit":
    case "grad":
    case "vmap":
      return `__traceur_jax.${transform}(${name})`;
  }
}

/** The learner's code, then the lines that print the requested jaxpr (after it: line numbers stay right). */
export function traceScript(source: string, request: TraceRequest): string {
  if (!IDENTIFIER.test(request.functionName)) throw new Error(`not a function name: ${request.functionName}`);
  const target = transformed(request.functionName, request.transform);
  const separator = source.endsWith("\n") ? "" : "\n";
  return (
    `${source}${separator}\n` +
    "import jax as __traceur_jax\n" +
    `print(__traceur_jax.make_jaxpr(${target})(${request.args}))\n`
  );
}
