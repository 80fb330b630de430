// Reverse mode: transposing a linear jaxpr (ad.backward_pass3, with ValAccum accumulators).
import type { ShapedArray } from "../../core/aval.ts";
import { literalValue } from "../../core/eval.ts";
import { notSupported } from "../../core/errors.ts";
import { lookupPrimitive } from "../../core/primitive.ts";
import { replayEquationSource, restoreEquationSource } from "../../core/source-location.ts";
import { type Tangent, UndefinedPrimal, Zero } from "../../core/tangents.ts";
import { bind } from "../../core/trace.ts";
import type { Value } from "../../core/values.ts";
import { type Atom, type Jaxpr, type JaxprEqn, Literal, type Var } from "../../ir/jaxpr.ts";
import { addTangents } from "./rules.ts";

/** The cotangent of a linear variable, summed (`add_any`) as contributions arrive; zero until the first. */
export class CotangentAccum {
  readonly aval: ShapedArray;
  private value: Tangent;
  constructor(aval: ShapedArray) {
    this.aval = aval;
    this.value = new Zero(aval);
  }
  accum(ct: Tangent | null): void {
    if (ct !== null) this.value = addTangents(this.value, ct);
  }
  freeze(): Tangent {
    return this.value;
  }
}

/**
 * Transpose `jaxpr` on the current trace. `inputs` are its invars: known values, or accumulators for the linear
 * ones, which receive their cotangents. Equations that read no linear value are evaluated forward first; the
 * others are transposed in reverse order, their cotangents accumulated.
 */
export function backwardPass(
  jaxpr: Jaxpr,
  consts: readonly Value[],
  inputs: readonly (Value | CotangentAccum)[],
  cts: readonly Tangent[],
  observer?: TransposeObserver,
): void {
  if (cts.every((c) => c instanceof Zero)) return;
  const env = new Map<Var, Value | CotangentAccum>();
  jaxpr.constvars.forEach((v, i) => env.set(v, consts[i]));
  jaxpr.invars.forEach((v, i) => env.set(v, inputs[i]));
  const read = (a: Atom): Value | CotangentAccum =>
    a instanceof Literal ? literalValue(a) : (env.get(a) as Value);
  const linear: JaxprEqn[] = [];
  for (const eqn of jaxpr.eqns) {
    if (eqn.inputs.some((a) => read(a) instanceof CotangentAccum)) {
      for (const v of eqn.outputs) env.set(v, new CotangentAccum(v.aval));
      linear.push(eqn);
    } else {
      const context = replayEquationSource(eqn.source);
      let outs: Value[];
      try {
        outs = bind(lookupPrimitive(eqn.primitive), eqn.inputs.map(read) as Value[], eqn.params);
      } finally {
        restoreEquationSource(context);
      }
      eqn.outputs.forEach((v, i) => {
        if (!env.has(v)) env.set(v, outs[i]);
      });
    }
  }
  jaxpr.outvars.forEach((o, i) => {
    const acc = read(o);
    if (acc instanceof CotangentAccum) acc.accum(cts[i]);
  });
  for (let k = linear.length - 1; k >= 0; k--) {
    const eqn = linear[k];
    const ctsIn = eqn.outputs.map((v) => {
      const acc = env.get(v) as CotangentAccum;
      env.delete(v);
      return acc.freeze();
    });
    const prim = lookupPrimitive(eqn.primitive);
    const rule = prim.rules.transpose;
    if (!rule)
      throw notSupported(`transposition (reverse-mode differentiation) of the primitive ${prim.name}`);
    const args = eqn.inputs.map(read);
    observer?.before(eqn);
    // What the rule binds, and the add_any of each accumulated cotangent, come from this equation's line.
    const context = replayEquationSource(eqn.source);
    let ctsOut: readonly (Tangent | null)[];
    try {
      ctsOut = rule(
        ctsIn,
        args.map((x) => (x instanceof CotangentAccum ? new UndefinedPrimal(x.aval) : x)),
        eqn.params,
      );
      args.forEach((x, i) => {
        if (x instanceof CotangentAccum) x.accum(ctsOut[i] ?? null);
      });
    } finally {
      restoreEquationSource(context);
    }
    observer?.after(eqn, ctsIn, ctsOut);
  }
}

/** Watches the transposition equation by equation (the step records of grad). */
export interface TransposeObserver {
  before(eqn: JaxprEqn): void;
  /** `ctsIn`: the cotangents of the equation's results; `ctsOut`: of its operands (null for known ones). */
  after(eqn: JaxprEqn, ctsIn: readonly Tangent[], ctsOut: readonly (Tangent | null)[]): void;
}
