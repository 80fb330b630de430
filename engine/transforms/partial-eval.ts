// Partial evaluation of a jaxpr on partly known inputs: JAX's `pe.trace_to_jaxpr_nounits` run on
// `core.jaxpr_as_fun(jaxpr)` (a JaxprTrace). Equations whose inputs are all known run now on the current trace;
// the others are recorded, with the known values they read becoming literals (scalars) or constvars. The
// recorded equations become a jaxpr the way `pe.tracers_to_jaxpr` builds it: only what the outputs reach, in
// recording order, the constvars in the order of JAX's topological sort of the recorded graph.
import { literalValue } from "../core/eval.ts";
import { lookupPrimitive } from "../core/primitive.ts";
import { traceToJaxpr } from "../core/staging.ts";
import { hasEffects } from "../ir/effects.ts";
import { bind } from "../core/trace.ts";
import { ArrayValue, type Value } from "../core/values.ts";
import { ShapedArray } from "../core/aval.ts";
import {
  type Atom,
  ClosedJaxpr,
  Jaxpr,
  JaxprEqn,
  Literal,
  type Params,
  type SourceInfo,
  Var,
} from "../ir/jaxpr.ts";

interface EqnRecipe {
  readonly id: number;
  readonly inputs: readonly Node[];
  readonly outputs: readonly Node[];
  readonly primitive: string;
  readonly params: Params;
  readonly source: SourceInfo | undefined;
}

type Recipe =
  | { readonly kind: "arg" }
  | { readonly kind: "const"; readonly value: Value }
  | { readonly kind: "literal"; readonly literal: Literal }
  | { readonly kind: "eqn"; eqn?: EqnRecipe };

/** An unknown value (JAX's JaxprTracer with an unknown PartialVal) and how it is made. */
export class Node {
  readonly aval: ShapedArray;
  readonly recipe: Recipe;
  constructor(aval: ShapedArray, recipe: Recipe) {
    this.aval = aval;
    this.recipe = recipe;
  }
  get parents(): readonly Node[] {
    return this.recipe.kind === "eqn" ? (this.recipe.eqn as EqnRecipe).inputs : [];
  }
}

/** A partial value: known (a value of the current trace) or unknown. */
export type PartialValue = Value | Node;

/** `JaxprTrace.new_instantiated_const`: a known value read as a constvar by a recorded equation. */
export const constNode = (x: Value): Node => new Node(x.aval, { kind: "const", value: x });

/** `JaxprTrace.instantiate_const`: a known value read by a recorded equation. */
export function instantiateConst(x: PartialValue): Node {
  if (x instanceof Node) return x;
  if (x instanceof ArrayValue && x.isLiteralable) {
    return new Node(x.aval, { kind: "literal", literal: new Literal(x.aval, x.scalar()) });
  }
  return new Node(x.aval, { kind: "const", value: x });
}

/** `util.toposort` (jaxlib's `topological_sort` on `parents`): each node after every node it reads. */
function toposort(endNodes: readonly Node[]): Node[] {
  if (endNodes.length === 0) return [];
  const ends = [...new Set(endNodes)];
  const childCounts = new Map<Node, number>();
  const stack = [...ends];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    const n = childCounts.get(node);
    if (n !== undefined) childCounts.set(node, n + 1);
    else {
      childCounts.set(node, 1);
      stack.push(...node.parents);
    }
  }
  for (const node of ends) childCounts.set(node, (childCounts.get(node) as number) - 1);
  const sorted: Node[] = [];
  const childless = ends.filter((node) => childCounts.get(node) === 0);
  while (childless.length > 0) {
    const node = childless.pop() as Node;
    sorted.push(node);
    for (const parent of node.parents) {
      const n = childCounts.get(parent) as number;
      if (n === 1) childless.push(parent);
      else childCounts.set(parent, n - 1);
    }
  }
  return sorted.reverse();
}

let nextRecipeId = 0;

/**
 * The effects (ir/effects.ts) recorded by each partial evaluation under way, innermost last:
 * `JaxprTrace.effect_handles`. Nothing may read them, so they join the staged jaxpr as roots of their own.
 */
const effectHandles: Node[][] = [];
/** The aval of an effect's handle: it is never a variable. */
const HANDLE_AVAL = new ShapedArray([], "bool", false);

/** A recorded equation's outputs (`new_eqn_recipe`). */
export function recordEqn(
  primitive: string,
  params: Params,
  source: SourceInfo | undefined,
  inputs: readonly Node[],
  outAvals: readonly ShapedArray[],
): Node[] {
  const outputs = outAvals.map((a) => new Node(a, { kind: "eqn" }));
  const recipe: EqnRecipe = { id: nextRecipeId++, inputs, outputs, primitive, params, source };
  for (const o of outputs) (o.recipe as { eqn?: EqnRecipe }).eqn = recipe;
  if (hasEffects(primitive, params))
    effectHandles.at(-1)?.push(new Node(HANDLE_AVAL, { kind: "eqn", eqn: recipe }));
  return outputs;
}

/** `default_process_primitive` when some input is unknown: record the equation. */
function record(eqn: JaxprEqn, ins: readonly PartialValue[]): Node[] {
  const outAvals = eqn.outputs.map((o) => o.aval);
  return recordEqn(eqn.primitive, eqn.params, eqn.source, ins.map(instantiateConst), outAvals);
}

/** A primitive's own partial evaluation (`pe.custom_partial_eval_rules`), called whatever is known. */
export type PartialEvalRule = (eqn: JaxprEqn, ins: readonly PartialValue[]) => PartialValue[];

const customRules = new Map<string, PartialEvalRule>();

/** Each primitive's module registers its rule (jit, cond, scan, while), as JAX's modules fill its table. */
export function definePartialEvalRule(primitive: string, rule: PartialEvalRule): void {
  customRules.set(primitive, rule);
}

function processCustom(eqn: JaxprEqn, ins: readonly PartialValue[]): PartialValue[] | null {
  const rule = customRules.get(eqn.primitive);
  return rule ? rule(eqn, ins) : null;
}

export const isKnown = (x: PartialValue): x is Value => !(x instanceof Node);

export interface JaxprSplit {
  /** The known inputs to the known outputs, then the residuals not forwarded. */
  readonly known: ClosedJaxpr;
  /** The residuals (all of them), then the unknown inputs, to the unknown outputs. */
  readonly unknown: ClosedJaxpr;
  readonly outUnknowns: boolean[];
  readonly numResiduals: number;
  /** Per residual: its index in [...consts, ...known inputs] when it is one of them, else null. */
  readonly fwds: (number | null)[];
}

const splitCache = new WeakMap<ClosedJaxpr, Map<string, JaxprSplit>>();
const bits = (bs: readonly boolean[]) => bs.map((b) => (b ? "1" : "0")).join("");

/**
 * `pe.partial_eval_jaxpr_nounits_fwd(jaxpr, unknowns, instantiate, fwd)`: `fwd` says which inputs a residual
 * may be forwarded from (true: all; false: none, as `pe.partial_eval_jaxpr_nounits`).
 */
export function partialEvalJaxprFwd(
  cj: ClosedJaxpr,
  unknowns: readonly boolean[],
  instantiate: readonly boolean[],
  fwd: readonly boolean[] | boolean,
): JaxprSplit {
  let perJaxpr = splitCache.get(cj);
  if (!perJaxpr) splitCache.set(cj, (perJaxpr = new Map()));
  const key = `${bits(unknowns)}|${bits(instantiate)}|${typeof fwd === "boolean" ? String(fwd) : bits(fwd)}`;
  const hit = perJaxpr.get(key);
  if (hit) return hit;
  let cell: Omit<JaxprSplit, "known"> | undefined;
  const known = traceToJaxpr(
    (...knownVals) => {
      let k = 0;
      const pe = partialEvalJaxpr(
        cj,
        unknowns.map((u) => (u ? null : knownVals[k++])),
        instantiate,
      );
      const j = pe.jaxpr;
      const unknown = new ClosedJaxpr(new Jaxpr([], [...j.constvars, ...j.invars], j.outvars, j.eqns), []);
      // `trace_to_subjaxpr_nounits_fwd`: residuals that are known inputs are not outputs.
      let fwds = pe.consts.map((c) => {
        const f = knownVals.indexOf(c);
        return f < 0 ? null : f;
      });
      let residuals: Value[] = [];
      if (fwd === false) {
        // `partial_eval_jaxpr_nounits`: every residual is an output, forwarded or not.
        cell = {
          unknown,
          outUnknowns: pe.knownOuts.map((x) => x === null),
          numResiduals: pe.consts.length,
          fwds: pe.consts.map(() => null),
        };
        return [...pe.knownOuts.filter((x): x is Value => x !== null), ...pe.consts];
      }
      if (fwd !== true) {
        const knownFwd = fwd.filter((_, i) => !unknowns[i]);
        fwds = fwds.map((f, i) => {
          if (f === null) residuals.push(pe.consts[i]);
          else if (!knownFwd[f]) residuals.push(knownVals[f]);
          else return f;
          return null;
        });
      } else residuals = pe.consts.filter((_, i) => fwds[i] === null);
      // `_include_consts_in_fwds`: residuals that are the jaxpr's consts are forwarded too.
      if (fwds.some((f) => f !== null)) {
        let r = 0;
        const all = fwds.map((f) => (f === null ? residuals[r++] : null));
        const numConsts = cj.consts.length;
        fwds = fwds.map((f, i) => {
          if (f !== null) return numConsts + f;
          const c = cj.consts.indexOf(all[i] as Value);
          return c < 0 ? null : c;
        });
        residuals = all.filter((x, i): x is Value => x !== null && fwds[i] === null);
      }
      cell = {
        unknown,
        outUnknowns: pe.knownOuts.map((x) => x === null),
        numResiduals: residuals.length,
        fwds,
      };
      return [...pe.knownOuts.filter((x): x is Value => x !== null), ...residuals];
    },
    cj.inAvals.filter((_, i) => !unknowns[i]),
  );
  const split = { known, ...(cell as Omit<JaxprSplit, "known">) };
  perJaxpr.set(key, split);
  return split;
}

export interface PartialEvaluation {
  /** The staged part: constvars (values in `consts`), then the unknown inputs as invars; the unknown outputs. */
  readonly jaxpr: Jaxpr;
  readonly consts: Value[];
  /** Per output: its value when known, else null (it is an output of `jaxpr`). */
  readonly knownOuts: (Value | null)[];
}

/**
 * `pe.trace_to_jaxpr_nounits(jaxpr_as_fun(cj), pvals, instantiate)`: `known[i]` is input i's value, or null
 * when it is unknown. Outputs flagged in `instantiate` are outputs of the staged jaxpr even when known.
 */
export function partialEvalJaxpr(
  cj: ClosedJaxpr,
  known: readonly (Value | null)[],
  instantiate: readonly boolean[],
): PartialEvaluation {
  effectHandles.push([]);
  try {
    return partialEvalJaxprWithEffects(cj, known, instantiate);
  } finally {
    effectHandles.pop();
  }
}

function partialEvalJaxprWithEffects(
  cj: ClosedJaxpr,
  known: readonly (Value | null)[],
  instantiate: readonly boolean[],
): PartialEvaluation {
  const j = cj.jaxpr;
  const env = new Map<Var, PartialValue>();
  const read = (a: Atom): PartialValue =>
    a instanceof Literal ? literalValue(a) : (env.get(a) as PartialValue);
  j.constvars.forEach((v, i) => env.set(v, cj.consts[i]));
  const argNodes: Node[] = [];
  j.invars.forEach((v, i) => {
    const k = known[i];
    if (k !== null) env.set(v, k);
    else {
      const node = new Node(v.aval, { kind: "arg" });
      argNodes.push(node);
      env.set(v, node);
    }
  });
  for (const eqn of j.eqns) {
    const ins = eqn.inputs.map(read);
    const outs =
      processCustom(eqn, ins) ??
      (ins.every(isKnown) ? bind(lookupPrimitive(eqn.primitive), ins, eqn.params) : record(eqn, ins));
    eqn.outputs.forEach((v, i) => env.set(v, outs[i]));
  }
  const outs = j.outvars.map((o, i) => {
    const x = read(o);
    return instantiate[i] ? instantiateConst(x) : x;
  });
  const unknownOuts = outs.filter((x): x is Node => x instanceof Node);
  const { jaxpr, consts } = nodesToJaxpr(argNodes, unknownOuts, effectHandles.at(-1) ?? []);
  return { jaxpr, consts, knownOuts: outs.map((x) => (x instanceof Node ? null : x)) };
}

/** `pe.tracers_to_jaxpr`. */
function nodesToJaxpr(
  argNodes: readonly Node[],
  outNodes: readonly Node[],
  effects: readonly Node[],
): { jaxpr: Jaxpr; consts: Value[] } {
  const vars = new Map<Node, Var>();
  const atom = (n: Node): Atom => (n.recipe.kind === "literal" ? n.recipe.literal : (vars.get(n) as Var));
  const newVar = (n: Node): Var => {
    const v = new Var(n.aval);
    vars.set(n, v);
    return v;
  };
  const constvars: Var[] = [];
  const consts: Value[] = [];
  const constVarOf = new Map<Value, Var>();
  const eqns: JaxprEqn[] = [];
  const done = new Set<EqnRecipe>();
  const key = (n: Node) => (n.recipe.kind === "eqn" ? (n.recipe.eqn as EqnRecipe).id : -1);
  const sorted = toposort([...argNodes, ...outNodes, ...effects]).sort((a, b) => key(a) - key(b));
  for (const n of sorted) {
    const r = n.recipe;
    if (r.kind === "eqn") {
      const e = r.eqn as EqnRecipe;
      if (done.has(e)) continue;
      done.add(e);
      const inputs = e.inputs.map(atom);
      eqns.push(new JaxprEqn(e.primitive, inputs, e.outputs.map(newVar), e.params, e.source));
    } else if (r.kind === "arg") {
      newVar(n);
    } else if (r.kind === "const") {
      let v = constVarOf.get(r.value);
      if (!v) {
        v = newVar(n);
        constVarOf.set(r.value, v);
        constvars.push(v);
        consts.push(r.value);
      }
      vars.set(n, v);
    }
  }
  return { jaxpr: new Jaxpr(constvars, argNodes.map(atom) as Var[], outNodes.map(atom), eqns), consts };
}
