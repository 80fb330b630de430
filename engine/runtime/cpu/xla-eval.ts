// Evaluating a jaxpr the way XLA's CPU backend runs a compiled computation (a `jit`, or a call inlined into
// one), where its numbers differ from op-by-op evaluation:
// - constant folding: a value computed only from constants is itself a constant, so that a later division
//   by it becomes a multiplication by its reciprocal (`jnp.log2` divides by `log 2.0`);
// - fused multiply-add: in a loop fusion, LLVM contracts a float multiplication whose only use is an addition
//   or a subtraction into one FMA (`1 + square(n)` in jnp.hypot rounds once).
// Only in float32: the other float types go through float32 in XLA, where a contraction changes nothing
// that their own rounding keeps.
import { lookupPrimitive } from "../../core/primitive.ts";
import { bind } from "../../core/trace.ts";
import { ArrayValue, type Value } from "../../core/values.ts";
import { type Atom, type ClosedJaxpr, type Jaxpr, type JaxprEqn, Literal, Var } from "../../ir/jaxpr.ts";
import { literalValue } from "../../core/eval.ts";
import { mapTernary } from "./elementwise.ts";
import { flushDenormal } from "./xla-math.ts";

const MULTIPLIES = new Set(["mul", "square"]);
const fr = Math.fround;

/** The multiplication `eqn` stands for, as its two factors, when it is one LLVM can contract. */
function factors(eqn: JaxprEqn): [Atom, Atom] | null {
  if (eqn.outputs.length !== 1 || eqn.outputs[0].aval.dtype !== "float32") return null;
  if (eqn.primitive === "mul") return [eqn.inputs[0], eqn.inputs[1]];
  if (eqn.primitive === "square" || (eqn.primitive === "integer_pow" && eqn.params.y === 2)) {
    return [eqn.inputs[0], eqn.inputs[0]];
  }
  return null;
}

/** For each add/sub, which of its operands (0 or 1) is a single-use multiplication to fuse, and its factors. */
function contractions(jaxpr: Jaxpr): Map<JaxprEqn, { operand: number; factors: [Atom, Atom] }> {
  const uses = new Map<Var, number>();
  const count = (a: Atom) => {
    if (a instanceof Var) uses.set(a, (uses.get(a) ?? 0) + 1);
  };
  for (const e of jaxpr.eqns) e.inputs.forEach(count);
  jaxpr.outvars.forEach(count);
  const producer = new Map<Var, JaxprEqn>();
  for (const e of jaxpr.eqns) for (const o of e.outputs) producer.set(o, e);
  const out = new Map<JaxprEqn, { operand: number; factors: [Atom, Atom] }>();
  for (const e of jaxpr.eqns) {
    if ((e.primitive !== "add" && e.primitive !== "sub") || e.outputs[0].aval.dtype !== "float32") continue;
    // LLVM tries the first operand's multiplication first.
    for (const operand of [0, 1]) {
      const a = e.inputs[operand];
      const p = a instanceof Var ? producer.get(a) : undefined;
      const f = p && uses.get(a as Var) === 1 ? factors(p) : null;
      if (f) {
        out.set(e, { operand, factors: f });
        break;
      }
    }
  }
  return out;
}

const plans = new WeakMap<Jaxpr, ReturnType<typeof contractions>>();

function planOf(jaxpr: Jaxpr): ReturnType<typeof contractions> {
  let plan = plans.get(jaxpr);
  if (!plan) {
    plan = contractions(jaxpr);
    plans.set(jaxpr, plan);
  }
  return plan;
}

const isConstant = (v: Value): boolean => v instanceof ArrayValue && v.origin !== "jax";

/** A concrete value computed from constants only, marked as a constant itself. */
function asConstant(v: Value): Value {
  return v instanceof ArrayValue && v.origin === "jax" ? new ArrayValue(v.aval, v.data, "numpy") : v;
}

/** a * b + c (or - c, or c - a * b) with one rounding, broadcasting as lax does. */
function fusedMultiplyAdd(a: ArrayValue, b: ArrayValue, c: ArrayValue, sub: false | "product" | "addend", out: Var): ArrayValue {
  const aval = out.aval;
  return mapTernary(a, b, c, aval, (x, y, z) => {
    const p = flushDenormal(x) * flushDenormal(y);
    const w = flushDenormal(z);
    return flushDenormal(fr(sub === "addend" ? p - w : sub === "product" ? w - p : p + w));
  });
}

/** Call primitives whose sub-jaxpr (by param name) XLA compiles into the caller. */
const INLINED_CALLS: Readonly<Record<string, string>> = { jit: "jaxpr", custom_jvp_call: "call_jaxpr" };

/** Evaluate `jaxpr` as XLA would run it compiled, on the current (eval) trace. */
function evalJaxprLikeXla(jaxpr: Jaxpr, consts: readonly Value[], args: readonly Value[]): Value[] {
  const env = new Map<Var, Value>();
  const read = (a: Atom): Value => (a instanceof Literal ? literalValue(a) : (env.get(a) as Value));
  jaxpr.constvars.forEach((v, i) => env.set(v, consts[i]));
  jaxpr.invars.forEach((v, i) => env.set(v, args[i]));
  const plan = planOf(jaxpr);
  for (const eqn of jaxpr.eqns) {
    const inputs = eqn.inputs.map(read);
    const fuse = plan.get(eqn);
    let outs: Value[];
    if (fuse && inputs.every((v) => v instanceof ArrayValue)) {
      const [fa, fb] = fuse.factors.map(read) as [ArrayValue, ArrayValue];
      const addend = inputs[1 - fuse.operand] as ArrayValue;
      const sub = eqn.primitive === "sub" ? (fuse.operand === 0 ? "addend" : "product") : false;
      // Check the equation's own rules (shapes, dtypes) before computing it fused.
      lookupPrimitive(eqn.primitive).rules.abstractEval(
        inputs.map((v) => v.aval),
        eqn.params,
      );
      outs = [fusedMultiplyAdd(fa, fb, addend, sub, eqn.outputs[0])];
    } else if (INLINED_CALLS[eqn.primitive] && inputs.every((v) => v instanceof ArrayValue)) {
      // XLA inlines calls: constants keep flowing through them.
      const inner = eqn.params[INLINED_CALLS[eqn.primitive]] as ClosedJaxpr;
      outs = evalJaxprLikeXla(inner.jaxpr, inner.consts, inputs);
    } else {
      outs = bind(lookupPrimitive(eqn.primitive), inputs, eqn.params);
    }
    if (inputs.length > 0 && inputs.every(isConstant)) outs = outs.map(asConstant);
    eqn.outputs.forEach((v, i) => env.set(v, outs[i]));
  }
  return jaxpr.outvars.map(read);
}

/**
 * Run a compiled call (`jit`, ...) on concrete arguments. Its results are JAX arrays, whatever constants they
 * were folded from.
 */
export function evalClosedJaxprLikeXla(cj: ClosedJaxpr, args: readonly Value[]): ArrayValue[] {
  return evalJaxprLikeXla(cj.jaxpr, cj.consts, args).map((v) => {
    const a = v as ArrayValue;
    return a.origin === "jax" ? a : new ArrayValue(a.aval, a.data, "jax");
  });
}
