// The text of a jaxpr, as JAX 0.10.2 prints it: jax/_src/core.py `pp_toplevel_jaxpr` and the pp_* functions,
// plus the naming part of pjit.py's `_pjit_pp_rule`. Names are handed out while the document is built, so the
// order of the calls below (lhs before params before operands, ...) is part of the output.

import { findPrimitive } from "../core/primitive.ts";
import { type PyPlain, pyStr } from "../core/pyrepr.ts";
import {
  type Atom,
  ClosedJaxpr,
  Jaxpr,
  type JaxprEqn,
  jaxprsInParams,
  type ParamValue,
  Var,
} from "./jaxpr.ts";
import { type Doc, brk, concat, format, group, join, nest, nil, text } from "./pretty.ts";

/** What `print(jax.make_jaxpr(f)(...))` prints, without the final newline. */
export function printJaxpr(j: ClosedJaxpr | Jaxpr): string {
  return printJaxprWithNames(j).text;
}

/** The printed text and the name each Var got in it (the graph export shows the same names). */
export function printJaxprWithNames(j: ClosedJaxpr | Jaxpr): {
  text: string;
  names: ReadonlyMap<Var, string>;
} {
  const top = j instanceof ClosedJaxpr ? j.jaxpr : j;
  const names = dropvarNames(top);
  return { text: format(toplevelDoc(top, names)), names };
}

/** `str(eqn)`: the equation alone, named from `a`, its sub-jaxprs inline, trailing whitespace stripped. */
export function printEqn(eqn: JaxprEqn): string {
  return format(eqnDoc(eqn, new PpContext(new Map()))).trimEnd();
}

// Primitives whose print rule gives the inner jaxpr's binders the names of the outer atoms (`_pjit_pp_rule`).
const SAME_NAME_PRIMITIVES = new Set(["jit", "pjit"]);

/** Base 26 with digits a..z, leading digit kept: a..z, ba, bb, ... (there is no `aa`). */
export function encodeDigitsAlphabetic(n: number): string {
  let s = "";
  do {
    s = String.fromCharCode(97 + (n % 26)) + s;
    n = Math.floor(n / 26);
  } while (n > 0);
  return s;
}

/** `JaxprPpContext`: one per print, so names are unique across nested jaxprs. */
class PpContext {
  readonly names: Map<Var, string>;
  readonly shared = new Map<Jaxpr, string>();
  readonly sharedNames = new Set<string>();
  private counter = 0;

  constructor(names: Map<Var, string>) {
    this.names = names;
  }

  nameOf(v: Var): string {
    let name = this.names.get(v);
    if (name === undefined) {
      do name = encodeDigitsAlphabetic(this.counter++);
      while (this.sharedNames.has(name));
      this.names.set(v, name);
    }
    return name;
  }

  /** Names each unnamed Var of `forVars` like the matching Var of `likeVars`, each outer Var used once. */
  suggestSameNames(forVars: readonly Atom[], likeVars: readonly Atom[]): void {
    if (forVars.length !== likeVars.length) return;
    const usedLike = new Set<Var>();
    forVars.forEach((forV, i) => {
      const likeV = likeVars[i];
      if (likeV instanceof Var && !usedLike.has(likeV) && forV instanceof Var && !this.names.has(forV)) {
        usedLike.add(likeV);
        this.names.set(forV, this.nameOf(likeV));
      }
    });
  }
}

/** `_dropvars`: outputs of top-level equations that no equation reads and the jaxpr does not return print `_`. */
function dropvarNames(top: Jaxpr): Map<Var, string> {
  const names = new Map<Var, string>();
  const used = new Set<Atom>(top.outvars);
  for (let i = top.eqns.length - 1; i >= 0; i--) {
    const eqn = top.eqns[i];
    for (const v of eqn.outputs) if (!used.has(v)) names.set(v, "_");
    for (const a of eqn.inputs) used.add(a);
  }
  return names;
}

function toplevelDoc(top: Jaxpr, names: Map<Var, string>): Doc {
  const ctx = new PpContext(names);
  const shared = findSharedJaxprs(top);
  for (const [name, j] of shared) {
    ctx.sharedNames.add(name);
    ctx.shared.set(j, name);
  }
  const docs = shared.map(([name, j]) =>
    concat([text("let "), text(name), text(" = "), skeletonDoc(j, ctx), text(" in"), brk()]),
  );
  docs.push(jaxprDoc(top, ctx));
  return concat(docs);
}

/**
 * The sub-jaxprs printed once as `let NAME = ... in` and then by name: those reached more than once in a
 * breadth-first walk by object identity, where a nested jaxpr of more than 10 equations counts twice.
 */
function findSharedJaxprs(top: Jaxpr): Array<readonly [string, Jaxpr]> {
  const counts = new Map<Jaxpr, number>();
  const names = new Map<Jaxpr, string>();
  const queue: Jaxpr[] = [top];
  for (let head = 0; head < queue.length; head++) {
    const j = queue[head];
    counts.set(j, (counts.get(j) ?? 0) + (j !== top && j.eqns.length > 10 ? 2 : 1));
    for (const eqn of j.eqns) {
      const subs = jaxprsInParams(eqn.params);
      queue.push(...subs);
      const name = eqn.params.name;
      if (typeof name !== "string") continue;
      for (const s of subs) if (!names.has(s)) names.set(s, name.replace(/^[<>]+|[<>]+$/g, ""));
    }
  }
  const nameCounts = new Map<string, number>();
  const bump = (n: string) => nameCounts.set(n, (nameCounts.get(n) ?? 0) + 1);
  const shared: Array<readonly [string, Jaxpr]> = [];
  for (const [j, c] of counts) {
    if (c === 1) continue;
    let name = names.get(j) ?? "jaxpr";
    const count = nameCounts.get(name) ?? 0;
    bump(name);
    if (count > 0) {
      name += String(count);
      bump(name);
    }
    shared.push([name, j]);
  }
  return shared;
}

function jaxprDoc(j: Jaxpr, ctx: PpContext): Doc {
  const name = ctx.shared.get(j);
  return name === undefined ? skeletonDoc(j, ctx) : text(name);
}

function skeletonDoc(j: Jaxpr, ctx: PpContext): Doc {
  const constvars = varsDoc(j.constvars, ctx, { shapes: true });
  const invars = varsDoc(j.invars, ctx, { shapes: true });
  const eqns = join(
    brk("; "),
    j.eqns.map((e) => eqnDoc(e, ctx)),
  );
  const outvars = concat([
    text("("),
    varsDoc(j.outvars, ctx, { separator: "," }),
    text(j.outvars.length === 1 ? ",)" : ")"),
  ]);
  return group(
    concat([
      nest(
        2,
        concat([
          text("{ "),
          text("lambda "),
          constvars,
          text("; "),
          invars,
          text(". "),
          text("let"),
          nest(2, concat([brk(), eqns])),
          brk(),
          text("in "),
          outvars,
        ]),
      ),
      text(" }"),
    ]),
  );
}

function varsDoc(vs: readonly Atom[], ctx: PpContext, opts: { shapes?: boolean; separator?: string }): Doc {
  const items = vs.map((v) => {
    const name = v instanceof Var ? ctx.nameOf(v) : v.toString();
    return text(opts.shapes ? `${name}:${v.aval.strShort()}` : name);
  });
  return nest(2, group(join(concat([text(opts.separator ?? ""), group(brk())]), items)));
}

function eqnDoc(eqn: JaxprEqn, ctx: PpContext): Doc {
  if (SAME_NAME_PRIMITIVES.has(eqn.primitive)) {
    const sub = eqn.params.jaxpr;
    const inner = sub instanceof ClosedJaxpr ? sub.jaxpr : sub instanceof Jaxpr ? sub : undefined;
    if (inner && !ctx.shared.has(inner)) {
      ctx.suggestSameNames(inner.invars, eqn.inputs);
      ctx.suggestSameNames(inner.outvars, eqn.outputs);
    }
  }
  const lhs = eqn.outputs.length > 0 ? varsDoc(eqn.outputs, ctx, { shapes: true }) : undefined;
  const params = paramsDoc(shownParams(eqn), ctx);
  const rhs = [text(eqn.primitive), params, concat([text(" "), varsDoc(eqn.inputs, ctx, {})])];
  return lhs ? concat([lhs, text(" = "), ...rhs]) : concat(rhs);
}

/** The primitive's custom print rule if it is registered and has one, else all params sorted by name. */
export function shownParams(eqn: JaxprEqn): ReadonlyArray<readonly [string, ParamValue]> {
  const custom = findPrimitive(eqn.primitive)?.rules.printParams;
  if (custom) return custom(eqn.params);
  return Object.keys(eqn.params)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((k) => [k, eqn.params[k]] as const);
}

function paramsDoc(kvs: ReadonlyArray<readonly [string, ParamValue]>, ctx: PpContext): Doc {
  if (kvs.length === 0) return nil;
  const pairs = kvs.map(([k, v]) => concat([text(`${k}=`), paramValueDoc(v, ctx)]));
  return group(concat([nest(2, concat([text("["), brk(""), join(brk(), pairs)])), brk(""), text("]")]));
}

function paramValueDoc(v: ParamValue, ctx: PpContext): Doc {
  if (v instanceof Jaxpr) return jaxprDoc(v, ctx);
  if (v instanceof ClosedJaxpr) return jaxprDoc(v.jaxpr, ctx);
  if (Array.isArray(v) && v.every((x) => x instanceof Jaxpr || x instanceof ClosedJaxpr)) {
    // A tuple of jaxprs (cond's branches); `()` also takes this path in JAX.
    const docs = (v as ReadonlyArray<Jaxpr | ClosedJaxpr>).map((x) =>
      jaxprDoc(x instanceof ClosedJaxpr ? x.jaxpr : x, ctx),
    );
    return group(concat([nest(2, concat([text("("), brk(""), join(brk(), docs)])), brk(""), text(")")]));
  }
  return text(pyStr(v as PyPlain));
}
