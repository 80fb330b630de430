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
  /** The transformation's option as Python source (vmap's `in_axes`, grad's `argnums`); "" for its default. */
  readonly option?: string;
}

/** The keyword argument each transformation's option field fills, if it has one. */
export const TRANSFORM_OPTION: Readonly<Partial<Record<Transform, string>>> = {
  vmap: "in_axes",
  grad: "argnums",
};

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

function transformed(name: string, transform: Transform, option: string): string {
  if (transform === "none") return name;
  const keyword = TRANSFORM_OPTION[transform];
  const extra = keyword !== undefined && option.trim() !== "" ? `, ${keyword}=${option.trim()}` : "";
  return `__traceur_jax.${transform}(${name}${extra})`;
}

/** The learner's code, then the lines that print the requested jaxpr (after it: line numbers stay right). */
export function traceScript(source: string, request: TraceRequest): string {
  if (!IDENTIFIER.test(request.functionName)) throw new Error(`not a function name: ${request.functionName}`);
  const option = request.option ?? "";
  if (/[\r\n]/.test(option) || /[\r\n]/.test(request.args)) throw new Error("arguments must fit on one line");
  const target = transformed(request.functionName, request.transform, option);
  const separator = source.endsWith("\n") ? "" : "\n";
  return (
    `${source}${separator}\n` +
    "import jax as __traceur_jax\n" +
    `print(__traceur_jax.make_jaxpr(${target})(${request.args}))\n`
  );
}
