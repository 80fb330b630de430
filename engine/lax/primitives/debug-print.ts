// jax.debug.print's primitive (jax/_src/debugging.py): no results, an effect that nothing may remove. Its
// CPU rule hands the values to Python, which formats and prints them (engine/python/pkg/jax/debug.py);
// under jit it prints each time the compiled function runs, under vmap once per element (JAX unrolls the
// batch), under grad with the primal values.
import { definePrimitive, type Primitive } from "../../core/primitive.ts";
import { PyVerbatim } from "../../core/pyrepr.ts";
import { bind } from "../../core/trace.ts";
import type { ArrayValue, Value } from "../../core/values.ts";
import type { ParamValue, Params } from "../../ir/jaxpr.ts";
import { exportPy } from "../../api/registry.ts";
import { indexInDim } from "../slicing.ts";

export interface DebugPrintParams extends Params {
  readonly fmt: string;
  readonly has_placeholders: boolean;
  readonly in_tree: PyVerbatim;
  readonly logging_record: null;
  readonly np_printoptions: PyVerbatim;
  readonly ordered: boolean;
  readonly partitioned: boolean;
  readonly static_args: PyVerbatim;
  /** Which of Python's print calls this is: how Python finds its argument structure (never printed). */
  readonly callback: number;
}

/** What prints: Python's side, given the call's number and its array values. */
export type DebugPrinter = (callback: number, values: readonly ArrayValue[]) => void;

let printer: DebugPrinter | undefined;

export function setDebugPrinter(p: DebugPrinter): void {
  printer = p;
}

/** numpy's default print options, as JAX passes them (`np.get_printoptions()`). */
const NP_PRINTOPTIONS = new PyVerbatim(
  "(('edgeitems', 3), ('threshold', 1000), ('floatmode', 'maxprec'), ('precision', 8), ('suppress', False), " +
    "('linewidth', 75), ('nanstr', 'nan'), ('infstr', 'inf'), ('sign', '-'), ('formatter', None), " +
    "('legacy', False), ('override_repr', None))",
);

const SHOWN = [
  "fmt",
  "has_placeholders",
  "in_tree",
  "logging_record",
  "np_printoptions",
  "ordered",
  "partitioned",
  "static_args",
] as const;

export const debugPrintP: Primitive<DebugPrintParams> = definePrimitive<DebugPrintParams>({
  name: "debug_print",
  effectful: true,
  abstractEval: () => [],
  cpu: (xs, p) => {
    if (!printer) throw new Error("Traceur internal error: jax.debug.print has no printer.");
    printer(p.callback, xs);
    return [];
  },
  printParams: (p) => SHOWN.map((k): readonly [string, ParamValue] => [k, p[k]]),
  jvp: (primals, _tangents, p) => {
    bind(debugPrintP, primals, p);
    return [[], []];
  },
  transpose: (_cts, args) => args.map(() => null),
  // debug_batching_rule: unrolled over the mapped axis, one print per element.
  batch: (args, dims, p, axis) => {
    for (let i = 0; i < axis.size; i++) {
      const at = args.map((a, k): Value => {
        const d = dims[k];
        return d === null ? a : indexInDim(a, i, d, false);
      });
      bind(debugPrintP, at, p);
    }
    return [[], []];
  },
});

exportPy(
  "jax._debugging",
  "debug_print",
  "args, fmt, has_placeholders, in_tree, static_args, ordered, partitioned, callback",
  { args: "arrays" },
  ((
    args: readonly Value[],
    fmt: string,
    hasPlaceholders: boolean,
    inTree: string,
    staticArgs: string,
    ordered: boolean,
    partitioned: boolean,
    callback: number,
  ) => {
    bind(debugPrintP, args, {
      fmt,
      has_placeholders: hasPlaceholders,
      in_tree: new PyVerbatim(inTree),
      logging_record: null,
      np_printoptions: NP_PRINTOPTIONS,
      ordered,
      partitioned,
      static_args: new PyVerbatim(staticArgs),
      callback,
    });
    return null;
  }) as never,
);

exportPy("jax._debugging", "set_printer", "printer", {}, ((p: DebugPrinter) => {
  setDebugPrinter(p);
  return null;
}) as never);
