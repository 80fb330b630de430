// The jaxpr rewrites that JAX's control flow applies to traced bodies before binding them (partial_eval.py's
// convert_constvars_jaxpr, _jaxpr_forwarding, prune_closed_jaxpr_outputs, move_binders_to_front, dce_jaxpr;
// common.py's _merge_common_consts). Each returns new jaxpr objects and never changes its input.
// As in JAX (weakref_lru_cache), each rewrite of the same jaxpr gives the same object, so that a body traced
// once and used twice prints once, as a `let`.
import { lookupPrimitive } from "../../../core/primitive.ts";
import { hasEffects } from "../../../ir/effects.ts";
import type { Value } from "../../../core/values.ts";
import { type Atom, ClosedJaxpr, Jaxpr, JaxprEqn, Var } from "../../../ir/jaxpr.ts";

const caches = new Map<string, WeakMap<object, Map<string, unknown>>>();

/** `make()`, computed once per (rewrite, input object, key). */
function memo<T>(rewrite: string, input: object, key: string, make: () => T): T {
  let perInput = caches.get(rewrite);
  if (!perInput) caches.set(rewrite, (perInput = new WeakMap()));
  let entries = perInput.get(input);
  if (!entries) perInput.set(input, (entries = new Map()));
  if (!entries.has(key)) entries.set(key, make());
  return entries.get(key) as T;
}

const flags = (bs: readonly boolean[]): string => bs.map((b) => (b ? "1" : "0")).join("");

/** `separate_consts`: the constvars become leading invars; their values are returned beside. */
export function separateConsts(cj: ClosedJaxpr): { jaxpr: ClosedJaxpr; consts: Value[] } {
  const j = cj.jaxpr;
  const jaxpr = memo(
    "separate",
    cj,
    "",
    () => new ClosedJaxpr(new Jaxpr([], [...j.constvars, ...j.invars], j.outvars, j.eqns), []),
  );
  return { jaxpr, consts: [...cj.consts] };
}

function withInvars(cj: ClosedJaxpr, invars: readonly Var[]): ClosedJaxpr {
  const j = cj.jaxpr;
  return new ClosedJaxpr(new Jaxpr(j.constvars, invars, j.outvars, j.eqns), cj.consts);
}

/**
 * `_merge_common_consts`: the branches of a `cond` share one list of const operands. Each jaxpr gets
 * binders for the other branches' consts, then binders of the same const value are merged.
 */
export function mergeCommonConsts(
  jaxprs: readonly ClosedJaxpr[],
  allConsts: readonly (readonly Value[])[],
): { jaxprs: ClosedJaxpr[]; consts: Value[] } {
  const consts = allConsts.flat();
  const padded = jaxprs.map((cj, i) => {
    const before = allConsts.slice(0, i).flat();
    const after = allConsts.slice(i + 1).flat();
    const n = allConsts[i].length;
    const avalsKey = (cs: readonly Value[]) => cs.map((c) => c.aval.key()).join(",");
    return memo("pad", cj, `${n}|${avalsKey(before)}|${avalsKey(after)}`, () => {
      const invars = cj.jaxpr.invars;
      return withInvars(cj, [
        ...before.map((c) => new Var(c.aval)),
        ...invars.slice(0, n),
        ...after.map((c) => new Var(c.aval)),
        ...invars.slice(n),
      ]);
    });
  });
  const unique = [...new Set(consts)];
  const pattern = consts.map((c) => consts.indexOf(c)).join(",");
  return {
    jaxprs: padded.map((cj) => memo("dedup", cj, pattern, () => dedupConsts(cj, consts))),
    consts: unique,
  };
}

/** `_dedup_consts`: leading binders standing for the same const value become one binder. */
function dedupConsts(cj: ClosedJaxpr, consts: readonly Value[]): ClosedJaxpr {
  const j = cj.jaxpr;
  const firstVar = new Map<Value, Var>();
  const canonical = new Map<Var, Var>();
  consts.forEach((c, i) => {
    const v = j.invars[i];
    if (!firstVar.has(c)) firstVar.set(c, v);
    canonical.set(v, firstVar.get(c) as Var);
  });
  const sub = (a: Atom): Atom => (a instanceof Var ? (canonical.get(a) ?? a) : a);
  const eqns = j.eqns.map((e) => new JaxprEqn(e.primitive, e.inputs.map(sub), e.outputs, e.params, e.source));
  const invars = [...firstVar.values(), ...j.invars.slice(consts.length)];
  return new ClosedJaxpr(new Jaxpr(j.constvars, invars, j.outvars.map(sub), eqns), cj.consts);
}

/** `_jaxpr_forwarding`: for each output, the index of the input it is (through `jit` calls), else null. */
export function forwardedInputs(j: Jaxpr): Array<number | null> {
  const fwd = new Map<Var, Atom>();
  for (const eqn of j.eqns) {
    if (eqn.primitive !== "jit") continue;
    const inner = eqn.params.jaxpr;
    if (!(inner instanceof ClosedJaxpr)) continue;
    forwardedInputs(inner.jaxpr).forEach((idx, o) => {
      if (idx === null) return;
      const a = eqn.inputs[idx];
      if (a instanceof Var) fwd.set(eqn.outputs[o], fwd.get(a) ?? a);
    });
  }
  const index = new Map<Var, number>(j.invars.map((v, i) => [v, i]));
  return j.outvars.map((o) => {
    if (!(o instanceof Var)) return null;
    const src = fwd.get(o) ?? o;
    return src instanceof Var ? (index.get(src) ?? null) : null;
  });
}

/** `prune_closed_jaxpr_outputs`: keep the outputs whose flag is true. */
export function pruneOutputs(cj: ClosedJaxpr, keep: readonly boolean[]): ClosedJaxpr {
  if (keep.every((k) => k)) return cj;
  const j = cj.jaxpr;
  return memo(
    "prune",
    cj,
    flags(keep),
    () =>
      new ClosedJaxpr(
        new Jaxpr(
          j.constvars,
          j.invars,
          j.outvars.filter((_, i) => keep[i]),
          j.eqns,
        ),
        cj.consts,
      ),
  );
}

/** `move_binders_to_front`: the flagged invars first, the others after, each group in order. */
export function moveBindersToFront(cj: ClosedJaxpr, toMove: readonly boolean[]): ClosedJaxpr {
  const inv = cj.jaxpr.invars;
  return memo("move", cj, flags(toMove), () =>
    withInvars(cj, [...inv.filter((_, i) => toMove[i]), ...inv.filter((_, i) => !toMove[i])]),
  );
}

/** `move_binders_to_back`: the unflagged invars first, the flagged ones after. */
export function moveBindersToBack(cj: ClosedJaxpr, toMove: readonly boolean[]): ClosedJaxpr {
  return moveBindersToFront(
    cj,
    toMove.map((m) => !m),
  );
}

/**
 * `dce_jaxpr`: drop the equations whose results are not needed for the used outputs, and the inputs
 * nothing reads unless `instantiate` keeps them. Returns the new jaxpr and which inputs it kept.
 */
export function dceJaxpr(
  j: Jaxpr,
  usedOutputs: readonly boolean[],
  instantiate: readonly boolean[],
): { jaxpr: Jaxpr; usedInputs: boolean[] } {
  return memo("dce", j, `${flags(usedOutputs)}|${flags(instantiate)}`, () =>
    dce(j, usedOutputs, instantiate),
  );
}

function dce(
  j: Jaxpr,
  usedOutputs: readonly boolean[],
  instantiate: readonly boolean[],
): { jaxpr: Jaxpr; usedInputs: boolean[] } {
  const live = new Set<Var>();
  const markUsed = (a: Atom) => {
    if (a instanceof Var) live.add(a);
  };
  j.outvars.forEach((o, i) => {
    if (usedOutputs[i]) markUsed(o);
  });
  const kept: JaxprEqn[] = [];
  for (let i = j.eqns.length - 1; i >= 0; i--) {
    const e = j.eqns[i];
    const usedOuts = e.outputs.map((o) => live.has(o));
    const rule = lookupPrimitive(e.primitive).rules.dce;
    if (rule) {
      const { usedInputs, eqn } = rule(usedOuts, e, e.params);
      if (eqn) kept.unshift(eqn);
      e.inputs.forEach((a, k) => {
        if (usedInputs[k]) markUsed(a);
      });
    } else if (usedOuts.some((u) => u) || hasEffects(e.primitive, e.params)) {
      kept.unshift(e);
      e.inputs.forEach(markUsed);
    }
  }
  const usedInputs = j.invars.map((v, i) => live.has(v) || instantiate[i]);
  return {
    jaxpr: new Jaxpr(
      j.constvars,
      j.invars.filter((_, i) => usedInputs[i]),
      j.outvars.filter((_, i) => usedOutputs[i]),
      kept,
    ),
    usedInputs,
  };
}
