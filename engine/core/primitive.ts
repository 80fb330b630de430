import type { ShapedArray } from "./aval.ts";
import { notSupported } from "./errors.ts";
import type { LinearArg, Tangent } from "./tangents.ts";
import type { ArrayValue, Value } from "./values.ts";
import type { JaxprEqn, ParamValue, Params } from "../ir/jaxpr.ts";

/**
 * All the rules of one primitive, kept together: its abstract evaluation (shape and dtype rule, with
 * JAX's errors), its CPU implementation, and how its params print. The transformation rules
 * (jvp, transpose, batch) and GPU lowering join this record as they are built.
 */
export interface PrimitiveRules<P extends Params = Params> {
  readonly name: string;
  /** Output avals for these input avals, raising JAX's TypeError/ValueError for bad input. */
  abstractEval(avals: readonly ShapedArray[], params: P): ShapedArray[];
  /** Evaluate on concrete CPU arrays; `outAvals` is what abstractEval returned. */
  cpu(inputs: readonly ArrayValue[], params: P, outAvals: readonly ShapedArray[]): ArrayValue[];
  /**
   * True when `cpu` only reads its operands during the call and always returns new arrays (never an
   * operand, nor a view of one): its eager results may then recycle their memory (core/buffer-pool.ts).
   * Otherwise its operands and results are pinned.
   */
  readonly borrowsOperands?: boolean;
  /**
   * True when `cpu`'s results are new arrays except those that are operands, or repeat (a compiled
   * call): only those are pinned, so that the others' memory may be recycled.
   */
  readonly freshResults?: boolean;
  /**
   * True for an effect (`debug_print`): an equation that no dead-code elimination or partial evaluation
   * may drop, though nothing reads its results.
   */
  readonly effectful?: boolean;
  /**
   * The batching rule (JAX's `primitive_batchers`): given the operands' values and where each is batched
   * (`null`: not batched), bind the batched computation on the current trace and say where each output is
   * batched. Called when some operand is batched (and always for those in batching.ts's
   * RULE_EVEN_WHEN_UNBATCHED, as `jit`). Without it, vmap raises "not supported yet".
   */
  batch?(args: readonly Value[], dims: readonly BatchDim[], params: P, axis: AxisData): BatchResult;
  /**
   * JAX's custom pretty-print rule (`core.pp_eqn_rules`), if it has one: the params to show, in order.
   * Without it, all params print sorted by name.
   */
  printParams?(params: P): Array<readonly [string, ParamValue]>;
  /**
   * JVP rule (`ad.primitive_jvps`): the primal outputs and their tangents, a symbolic `Zero` where a tangent is
   * zero. It binds on the current trace, which the transformation has set to its parent.
   */
  jvp?: JvpRule<P>;
  /**
   * Transpose rule of a linear primitive (`ad.primitive_transposes`): from the output cotangents and the inputs
   * (`UndefinedPrimal` for the linear ones), one cotangent per input (null for the known inputs).
   */
  transpose?: TransposeRule<P>;
  /** A direct linearization (`ad.primitive_linearizations`), for primitives that need one (`jit`). */
  linearize?: LinearizeRule<P>;
  /**
   * Dead-code elimination of an equation of this primitive (`pe.dce_rules`), for primitives holding jaxprs.
   * Without it, an equation is kept whole when one of its outputs is used, dropped otherwise.
   */
  dce?: DceRule<P>;
}

/** Where a value is batched under vmap: the index of its mapped axis, or null when it is not batched. */
export type BatchDim = number | null;

/** JAX's `AxisData`: the size of the mapped axis and its name (null when vmap got no axis_name). */
export interface AxisData {
  readonly size: number;
  readonly name: string | null;
}

/** The outputs of a batching rule and the batch dimension of each. */
export type BatchResult = readonly [readonly Value[], readonly BatchDim[]];
export type JvpRule<P extends Params = Params> = (
  primals: readonly Value[],
  tangents: readonly Tangent[],
  params: P,
) => [Value[], Tangent[]];

export type TransposeRule<P extends Params = Params> = (
  cts: readonly Tangent[],
  args: readonly LinearArg[],
  params: P,
) => (Tangent | null)[];

/** What a linearization rule returns: primal outputs now, and a function of the tangents to stage later. */
export interface Linearized {
  readonly primalsOut: Value[];
  readonly nonzerosOut: boolean[];
  linearized(tangents: readonly Tangent[]): Tangent[];
}

export type LinearizeRule<P extends Params = Params> = (
  nonzeros: readonly boolean[],
  primals: readonly Value[],
  params: P,
) => Linearized;

/** Which inputs the equation still reads, and the equation computing only the used outputs (null: none). */
export type DceRule<P extends Params = Params> = (
  usedOutputs: readonly boolean[],
  eqn: JaxprEqn,
  params: P,
) => { usedInputs: boolean[]; eqn: JaxprEqn | null };

export class Primitive<P extends Params = Params> {
  readonly name: string;
  readonly rules: PrimitiveRules<P>;
  constructor(rules: PrimitiveRules<P>) {
    this.name = rules.name;
    this.rules = rules;
  }
}

const registry = new Map<string, Primitive<Params>>();

export function definePrimitive<P extends Params>(rules: PrimitiveRules<P>): Primitive<P> {
  if (registry.has(rules.name)) throw new Error(`primitive ${rules.name} defined twice`);
  const p = new Primitive(rules);
  registry.set(rules.name, p as unknown as Primitive<Params>);
  return p;
}

export function lookupPrimitive(name: string): Primitive<Params> {
  const p = registry.get(name);
  if (!p) throw notSupported(`the primitive '${name}'`);
  return p;
}

export function findPrimitive(name: string): Primitive<Params> | undefined {
  return registry.get(name);
}

export function allPrimitives(): Primitive<Params>[] {
  return [...registry.values()];
}
