// A jaxpr as a step record shows it: the printed text, and every equation and variable under its stable id.
import { type PyPlain, pyStr } from "../core/pyrepr.ts";
import {
  type Atom,
  ClosedJaxpr,
  type Jaxpr,
  type JaxprEqn,
  Literal,
  type ParamValue,
  Var,
} from "../ir/jaxpr.ts";
import { printJaxprWithNames, shownParams } from "../ir/print-jaxpr.ts";
import type { AtomRecord, EqnRecord, JaxprRecord, VarRecord } from "./types.ts";

export const varId = (v: Var): string => `v${v.id}`;
export const eqnId = (e: JaxprEqn): string => `e${e.id}`;

export function atomRecord(a: Atom, names: ReadonlyMap<Var, string>): AtomRecord {
  if (a instanceof Literal) return { literal: a.toString() };
  if (!names.has(a)) throw new Error("step record: a variable outside the recorded jaxpr");
  return { var: varId(a) };
}

function isJaxprParam(v: ParamValue): boolean {
  return (
    v instanceof ClosedJaxpr ||
    (Array.isArray(v) && v.some((x) => x instanceof ClosedJaxpr)) ||
    isOpenJaxpr(v)
  );
}

function isOpenJaxpr(v: ParamValue): v is Jaxpr {
  return typeof v === "object" && v !== null && "eqns" in v && "invars" in v;
}

export function eqnRecord(e: JaxprEqn, names: ReadonlyMap<Var, string>): EqnRecord {
  return {
    id: eqnId(e),
    primitive: e.primitive,
    params: shownParams(e)
      .filter(([, v]) => !isJaxprParam(v))
      .map(([k, v]) => `${k}=${pyStr(v as PyPlain)}`),
    inputs: e.inputs.map((a) => atomRecord(a, names)),
    outputs: e.outputs.map(varId),
    ...(e.source ? { line: e.source.line } : {}),
  };
}

/** The record of a jaxpr: its text as JAX prints it, and its top-level equations and variables by id. */
export function jaxprRecord(j: ClosedJaxpr | Jaxpr): JaxprRecord {
  const { text, names } = printJaxprWithNames(j);
  const top = j instanceof ClosedJaxpr ? j.jaxpr : j;
  const vars: Record<string, VarRecord> = {};
  const note = (v: Var) => {
    vars[varId(v)] = { id: varId(v), name: names.get(v) ?? "_", type: v.aval.strShort() };
  };
  top.constvars.forEach(note);
  top.invars.forEach(note);
  for (const e of top.eqns) e.outputs.forEach(note);
  return {
    text,
    constvars: top.constvars.map(varId),
    invars: top.invars.map(varId),
    outvars: top.outvars.map((a) => atomRecord(a, names)),
    eqns: top.eqns.map((e) => eqnRecord(e, names)),
    vars,
  };
}
