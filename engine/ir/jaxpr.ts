import type { ShapedArray } from "../core/aval.ts";
import { isFloating } from "../core/dtypes.ts";
import { type PyPlain, pyBool, pyFloatRepr } from "../core/pyrepr.ts";
import type { Value } from "../core/values.ts";

let nextVarId = 0;

/** A variable of a jaxpr. Its printed name is chosen by the printer; `id` is stable for graphs and step records. */
export class Var {
  readonly aval: ShapedArray;
  readonly id: number;
  constructor(aval: ShapedArray) {
    this.aval = aval;
    this.id = nextVarId++;
  }
}

/** A scalar constant written inline in a jaxpr: `2.0:f32[]`, `3:i32[]`, `True:bool[]`. */
export class Literal {
  readonly aval: ShapedArray;
  readonly value: number | boolean;
  constructor(aval: ShapedArray, value: number | boolean) {
    this.aval = aval;
    this.value = value;
  }

  /** `str(np.asarray(val).item())`, then `:type`. */
  toString(): string {
    return `${literalValueStr(this.value, this.aval)}:${this.aval.strShort()}`;
  }
}

export function literalValueStr(value: number | boolean, aval: ShapedArray): string {
  if (typeof value === "boolean") return pyBool(value);
  if (aval.dtype === "bool") return pyBool(value !== 0);
  if (isFloating(aval.dtype)) return pyFloatRepr(value);
  return String(value);
}

export type Atom = Var | Literal;

/** A param value: plain Python-printable data, or a sub-jaxpr (or a tuple of them, as `cond`'s branches). */
export type ParamValue = PyPlain | Jaxpr | ClosedJaxpr | readonly ClosedJaxpr[];
export type Params = Readonly<Record<string, ParamValue>>;

/** Where an equation came from in the user's Python source (for the graph and the editor). */
export interface SourceInfo {
  readonly file: string;
  readonly line: number;
  readonly functionName?: string;
}

let nextEqnId = 0;

export class JaxprEqn {
  /** Stable for graphs and step records (the printed jaxpr never shows it). */
  readonly id: number;
  readonly primitive: string;
  readonly inputs: readonly Atom[];
  readonly outputs: readonly Var[];
  readonly params: Params;
  readonly source: SourceInfo | undefined;
  constructor(
    primitive: string,
    inputs: readonly Atom[],
    outputs: readonly Var[],
    params: Params,
    source?: SourceInfo,
  ) {
    this.id = nextEqnId++;
    this.primitive = primitive;
    this.inputs = inputs;
    this.outputs = outputs;
    this.params = params;
    this.source = source;
  }
}

export class Jaxpr {
  readonly constvars: readonly Var[];
  readonly invars: readonly Var[];
  readonly outvars: readonly Atom[];
  readonly eqns: readonly JaxprEqn[];
  constructor(
    constvars: readonly Var[],
    invars: readonly Var[],
    outvars: readonly Atom[],
    eqns: readonly JaxprEqn[],
  ) {
    this.constvars = constvars;
    this.invars = invars;
    this.outvars = outvars;
    this.eqns = eqns;
  }
}

/** A jaxpr with the values of its constvars. Only the constvars' binders are ever printed. */
export class ClosedJaxpr {
  readonly jaxpr: Jaxpr;
  readonly consts: readonly Value[];
  constructor(jaxpr: Jaxpr, consts: readonly Value[]) {
    this.jaxpr = jaxpr;
    this.consts = consts;
  }
  get inAvals(): ShapedArray[] {
    return this.jaxpr.invars.map((v) => v.aval);
  }
  get outAvals(): ShapedArray[] {
    return this.jaxpr.outvars.map((v) => v.aval);
  }
}

export function isJaxprParam(v: ParamValue): v is Jaxpr | ClosedJaxpr {
  return v instanceof Jaxpr || v instanceof ClosedJaxpr;
}

/** `jaxprs_in_params`: the jaxprs an equation's params hold, in the params' insertion order. */
export function jaxprsInParams(params: Params): Jaxpr[] {
  const out: Jaxpr[] = [];
  for (const v of Object.values(params)) {
    for (const x of Array.isArray(v) ? (v as readonly unknown[]) : [v]) {
      if (x instanceof Jaxpr) out.push(x);
      else if (x instanceof ClosedJaxpr) out.push(x.jaxpr);
    }
  }
  return out;
}
