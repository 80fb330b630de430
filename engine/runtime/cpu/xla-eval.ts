// Evaluating a jaxpr the way XLA's CPU backend runs a compiled computation (a `jit`, or a call inlined into
// one), where its float32 results differ from op-by-op evaluation:
// - a division by a compile-time constant (a literal, or a value XLA folds from literals only) is a
//   multiplication by the constant's reciprocal (`jnp.round(x, 2)` divides by `100.0`);
// - a division by a broadcast value stays a division when that value has other uses (jnp.var's normalizer);
//   otherwise the `div` kernel's own rule applies (see divCpu);
// - fused multiply-add: in a loop fusion, LLVM contracts a float multiplication whose only use is an addition
//   or a subtraction into one FMA (`1 + square(n)` in jnp.hypot rounds once).
// The arguments of the computation are never constants, even Python scalars: JAX passes them at run time.
import { literalValue } from "../../core/eval.ts";
import { lookupPrimitive } from "../../core/primitive.ts";
import { bind } from "../../core/trace.ts";
import { ArrayValue, type Value } from "../../core/values.ts";
import { type Atom, type ClosedJaxpr, type Jaxpr, type JaxprEqn, Literal, Var } from "../../ir/jaxpr.ts";
import { mapBinary, mapUnary, runTernaryF32 } from "./elementwise.ts";
import { FMA_LOOPS } from "./kernels.generated.ts";
import { inlineCalls } from "./inline-calls.ts";
import { flushDenormal } from "./xla-math.ts";

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

/** Which operand (0 or 1) of an add/sub is a single-use multiplication to fuse, and its factors. */
interface Contraction {
  readonly operand: number;
  readonly factors: [Atom, Atom];
}

interface Plan {
  /** For each add/sub, the multiplication contracted into it. */
  readonly contractions: Map<JaxprEqn, Contraction>;
  /** The multiplications those contract (and same-dtype converts of their products): never computed. */
  readonly contracted: Set<JaxprEqn>;
  /** Divisions whose divisor has other uses. */
  readonly sharedDivisors: Set<JaxprEqn>;
  /**
   * For each equation, the values computed inside the computation that nothing reads after it (nor
   * returns): their memory can be recycled as soon as it has run.
   */
  readonly deadAfter: Map<JaxprEqn, Var[]>;
}

function planFor(jaxpr: Jaxpr): Plan {
  const uses = new Map<Var, number>();
  const count = (a: Atom) => {
    if (a instanceof Var) uses.set(a, (uses.get(a) ?? 0) + 1);
  };
  for (const e of jaxpr.eqns) e.inputs.forEach(count);
  jaxpr.outvars.forEach(count);
  const producer = new Map<Var, JaxprEqn>();
  for (const e of jaxpr.eqns) for (const o of e.outputs) producer.set(o, e);
  // XLA's simplifier removes a convert_element_type to the same dtype (a weak-type change) before fusion.
  // Returns the producer and the converts skipped on the way (they are contracted away with it).
  const singleUseProducer = (a: Atom): [JaxprEqn | undefined, JaxprEqn[]] => {
    let p = a instanceof Var && uses.get(a) === 1 ? producer.get(a) : undefined;
    const converts: JaxprEqn[] = [];
    while (p?.primitive === "convert_element_type" && p.inputs[0].aval.dtype === p.outputs[0].aval.dtype) {
      converts.push(p);
      const x = p.inputs[0];
      p = x instanceof Var && uses.get(x) === 1 ? producer.get(x) : undefined;
    }
    return [p, converts];
  };
  const contractions = new Map<JaxprEqn, Contraction>();
  const contracted = new Set<JaxprEqn>();
  const sharedDivisors = new Set<JaxprEqn>();
  for (const e of jaxpr.eqns) {
    const divisor = e.inputs[1];
    if (e.primitive === "div" && divisor instanceof Var && (uses.get(divisor) ?? 0) > 1)
      sharedDivisors.add(e);
    if (
      (e.primitive !== "add" && e.primitive !== "add_any" && e.primitive !== "sub") ||
      e.outputs[0].aval.dtype !== "float32"
    )
      continue;
    // LLVM tries the first operand's multiplication first.
    for (const operand of [0, 1]) {
      const [p, converts] = singleUseProducer(e.inputs[operand]);
      const f = p ? factors(p) : null;
      if (f) {
        contractions.set(e, { operand, factors: f });
        for (const skipped of [p!, ...converts]) contracted.add(skipped);
        break;
      }
    }
  }
  return { contractions, contracted, sharedDivisors, deadAfter: deadValues(jaxpr, contractions, contracted) };
}

/** What each equation reads once multiplications are contracted into the additions that use them. */
function effectiveInputs(
  e: JaxprEqn,
  contractions: Plan["contractions"],
  contracted: Plan["contracted"],
): readonly Atom[] {
  if (contracted.has(e)) return [];
  const fuse = contractions.get(e);
  return fuse ? [...fuse.factors, e.inputs[1 - fuse.operand]] : e.inputs;
}

function deadValues(
  jaxpr: Jaxpr,
  contractions: Plan["contractions"],
  contracted: Plan["contracted"],
): Map<JaxprEqn, Var[]> {
  const computed = new Set<Var>();
  for (const e of jaxpr.eqns) for (const o of e.outputs) computed.add(o);
  for (const v of jaxpr.outvars) if (v instanceof Var) computed.delete(v);
  const lastReader = new Map<Var, JaxprEqn>();
  for (const e of jaxpr.eqns) {
    for (const a of effectiveInputs(e, contractions, contracted)) {
      if (a instanceof Var && computed.has(a)) lastReader.set(a, e);
    }
  }
  const dead = new Map<JaxprEqn, Var[]>();
  for (const [v, e] of lastReader) dead.set(e, [...(dead.get(e) ?? []), v]);
  return dead;
}

const plans = new WeakMap<Jaxpr, Plan>();

function planOf(jaxpr: Jaxpr): Plan {
  let plan = plans.get(jaxpr);
  if (!plan) {
    plan = planFor(jaxpr);
    plans.set(jaxpr, plan);
  }
  return plan;
}

const flushed = (k: (a: number, b: number) => number) => (a: number, b: number) =>
  flushDenormal(fr(k(flushDenormal(a), flushDenormal(b))));

function divide(x: ArrayValue, y: ArrayValue, out: Var): ArrayValue {
  return mapBinary(
    x,
    y,
    out.aval,
    flushed((a, b) => a / b),
  );
}

function multiplyByReciprocal(x: ArrayValue, y: ArrayValue, out: Var): ArrayValue {
  const recip = mapUnary(y, y.aval, (v) => flushDenormal(fr(1 / flushDenormal(v))));
  return mapBinary(
    x,
    recip,
    out.aval,
    flushed((a, r) => a * r),
  );
}

/** a * b + c (or a * b - c, or c - a * b) with one rounding, broadcasting as lax does. */
function fusedMultiplyAdd(
  a: ArrayValue,
  b: ArrayValue,
  c: ArrayValue,
  sub: false | "product" | "addend",
  out: Var,
): ArrayValue {
  const loop = FMA_LOOPS[sub === "addend" ? "subAddend" : sub === "product" ? "subProduct" : "add"];
  return runTernaryF32(loop, a, b, c, out.aval);
}

function checkRules(eqn: JaxprEqn, inputs: readonly Value[]): void {
  lookupPrimitive(eqn.primitive).rules.abstractEval(
    inputs.map((v) => v.aval),
    eqn.params,
  );
}

/** One equation as XLA computes it, except the contractions (see evalLikeXla). */
function evalEquation(
  eqn: JaxprEqn,
  read: (a: Atom) => Value,
  isConstant: (a: Atom) => boolean,
  plan: Plan,
): Value[] {
  const inputs = eqn.inputs.map(read);
  const concrete = inputs.every((v) => v instanceof ArrayValue);
  const float32 = eqn.outputs.length === 1 && eqn.outputs[0].aval.dtype === "float32";
  if (eqn.primitive === "div" && float32 && concrete && isConstant(eqn.inputs[1])) {
    checkRules(eqn, inputs);
    return [multiplyByReciprocal(inputs[0] as ArrayValue, inputs[1] as ArrayValue, eqn.outputs[0])];
  }
  if (plan.sharedDivisors.has(eqn) && float32 && concrete) {
    checkRules(eqn, inputs);
    return [divide(inputs[0] as ArrayValue, inputs[1] as ArrayValue, eqn.outputs[0])];
  }
  const fuse = plan.contractions.get(eqn);
  if (fuse && concrete) return [contract(eqn, fuse, read)];
  return bind(lookupPrimitive(eqn.primitive), inputs, eqn.params);
}

/** The add or sub `eqn` with the multiplication `fuse` names contracted into it: one rounding. */
function contract(eqn: JaxprEqn, fuse: Contraction, read: (a: Atom) => Value): ArrayValue {
  lookupPrimitive(eqn.primitive).rules.abstractEval(
    eqn.inputs.map((a) => a.aval),
    eqn.params,
  );
  const [fa, fb] = fuse.factors.map(read) as [ArrayValue, ArrayValue];
  const addend = read(eqn.inputs[1 - fuse.operand]) as ArrayValue;
  const sub = eqn.primitive === "sub" ? (fuse.operand === 0 ? "addend" : "product") : false;
  return fusedMultiplyAdd(fa, fb, addend, sub, eqn.outputs[0]);
}

/** Evaluate on the current (eval) trace; `constantArgs` says which arguments are compile-time constants. */
function evalLikeXla(
  jaxpr: Jaxpr,
  consts: readonly Value[],
  args: readonly Value[],
  constantArgs: readonly boolean[],
): Value[] {
  const env = new Map<Var, Value>();
  const constant = new Set<Var>();
  const read = (a: Atom): Value => (a instanceof Literal ? literalValue(a) : (env.get(a) as Value));
  const isConstant = (a: Atom): boolean => a instanceof Literal || constant.has(a);
  jaxpr.constvars.forEach((v, i) => env.set(v, consts[i]));
  jaxpr.invars.forEach((v, i) => {
    env.set(v, args[i]);
    if (constantArgs[i]) constant.add(v);
  });
  const plan = planOf(jaxpr);
  // On concrete values every planned contraction happens: the multiplications it absorbs are never
  // computed, and memory recycles as values die. (Tracers, when a transformation evaluates this, keep
  // the plain equation-by-equation evaluation.)
  const compiled = consts.every((v) => v instanceof ArrayValue) && args.every((v) => v instanceof ArrayValue);
  for (const eqn of jaxpr.eqns) {
    if (compiled && plan.contracted.has(eqn)) {
      if (eqn.inputs.every(isConstant)) constant.add(eqn.outputs[0]);
      continue;
    }
    const fuse = plan.contractions.get(eqn);
    const outs = compiled && fuse ? [contract(eqn, fuse, read)] : evalEquation(eqn, read, isConstant, plan);
    if (eqn.inputs.length > 0 && eqn.inputs.every(isConstant)) eqn.outputs.forEach((v) => constant.add(v));
    eqn.outputs.forEach((v, i) => env.set(v, outs[i]));
    if (!compiled) continue;
    for (const v of plan.deadAfter.get(eqn) ?? []) {
      (env.get(v) as ArrayValue).release();
      env.delete(v);
    }
  }
  return jaxpr.outvars.map(read);
}

/** Run a compiled call (`jit`, ...) on concrete arguments; its results are JAX arrays. */
export function evalClosedJaxprLikeXla(closed: ClosedJaxpr, args: readonly Value[]): ArrayValue[] {
  // XLA inlines calls: constants keep flowing through them, and multiply-adds fuse across them.
  const cj = inlineCalls(closed);
  return evalLikeXla(
    cj.jaxpr,
    cj.consts,
    args,
    args.map(() => false),
  ).map((v) => {
    const a = v as ArrayValue;
    return a.origin === "jax" ? a : new ArrayValue(a.aval, a.data, "jax");
  });
}
