// The autodiff rules of `cond` (conditionals.py's `_cond_jvp`, `_cond_linearize`, `_cond_transpose_fancy`):
// each branch is differentiated alike, with the output tangents that any branch makes nonzero instantiated in
// all; linearized branches return the union of their residuals, each in the slots `_merge_branch_residuals`
// gives it.
import type { ShapedArray } from "../../../core/aval.ts";
import { evalClosedJaxpr } from "../../../core/eval.ts";
import type { Linearized } from "../../../core/primitive.ts";
import { traceToJaxpr } from "../../../core/staging.ts";
import { type LinearArg, type Tangent, UndefinedPrimal, Zero } from "../../../core/tangents.ts";
import { bind } from "../../../core/trace.ts";
import type { Value } from "../../../core/values.ts";
import { ClosedJaxpr, Jaxpr, Var } from "../../../ir/jaxpr.ts";
import {
  jvpJaxpr,
  type LinearizedJaxpr,
  linearizeJaxpr,
  transposeJaxpr,
} from "../../../transforms/ad/jaxpr-ad.ts";
import { instantiate } from "../../../transforms/ad/rules.ts";
import { type CondParams, condP } from "./cond.ts";
import { emptyLikeAval } from "./empty.ts";

const anyPerOutput = (perBranch: readonly (readonly boolean[])[]): boolean[] =>
  perBranch[0].map((_, k) => perBranch.some((nz) => nz[k]));

export function condJvp(
  primals: readonly Value[],
  tangents: readonly Tangent[],
  p: CondParams,
): [Value[], Tangent[]] {
  const opsNz = tangents.slice(1).map((t) => !(t instanceof Zero));
  const outNz = anyPerOutput(p.branches.map((b) => jvpJaxpr(b, opsNz).nonzerosOut));
  const branches = p.branches.map((b) => jvpJaxpr(b, opsNz, outNz).jaxpr);
  const opsDot = tangents.slice(1).filter((t): t is Value => !(t instanceof Zero));
  const out = bind(condP, [...primals, ...opsDot], { ...p, branches });
  const n = outNz.length;
  let k = n;
  return [out.slice(0, n), out.slice(0, n).map((o, i) => (outNz[i] ? out[k++] : new Zero(o.aval)))];
}

/** `linearize_jaxpr(..., allow_fwds=False)`: the primal jaxpr returns every residual, forwarded ones too. */
function primalReturningAllResiduals(lin: LinearizedJaxpr, branch: ClosedJaxpr): ClosedJaxpr {
  if (lin.residualForwards.every((f) => f === null)) return lin.primalJaxpr;
  const j = lin.primalJaxpr.jaxpr;
  const nconsts = branch.consts.length;
  const constvars = [...j.constvars];
  const consts = [...lin.primalJaxpr.consts];
  const numPrimals = j.outvars.length - lin.numResiduals;
  const computed = j.outvars.slice(numPrimals);
  let k = 0;
  const residuals = lin.residualForwards.map((f) => {
    if (f === null) return computed[k++];
    if (f >= nconsts) return j.invars[f - nconsts];
    const v = new Var(branch.consts[f].aval);
    constvars.push(v);
    consts.push(branch.consts[f]);
    return v;
  });
  return new ClosedJaxpr(
    new Jaxpr(constvars, j.invars, [...j.outvars.slice(0, numPrimals), ...residuals], j.eqns),
    consts,
  );
}

/** `_merge_branch_residuals`: one slot per (aval, occurrence) pair; each branch's residuals' slots. */
function mergeBranchResiduals(perBranch: readonly (readonly ShapedArray[])[]): {
  all: ShapedArray[];
  slots: number[][];
} {
  const all: ShapedArray[] = [];
  const tags: string[] = [];
  const slots = perBranch.map((avals) => {
    const seen = new Map<string, number>();
    return avals.map((a) => {
      const n = seen.get(a.key()) ?? 0;
      seen.set(a.key(), n + 1);
      const tag = `${a.key()}#${n}`;
      let i = tags.indexOf(tag);
      if (i < 0) {
        i = tags.push(tag) - 1;
        all.push(a);
      }
      return i;
    });
  });
  return { all, slots };
}

/** `_join_cond_outputs`: each branch returns every slot, empty where it computes no residual. */
function joinOutputs(primal: ClosedJaxpr, all: readonly ShapedArray[], slots: readonly number[], n: number) {
  return traceToJaxpr((...args) => {
    const outs = evalClosedJaxpr(primal, args);
    const aug = all.map((a) => emptyLikeAval(a));
    slots.forEach((s, i) => (aug[s] = outs[n + i]));
    return [...outs.slice(0, n), ...aug];
  }, primal.inAvals);
}

/** `_join_cond_pe_staged_jaxpr_inputs`: each tangent branch takes every slot, ignoring the others'. */
function joinInputs(
  tangent: ClosedJaxpr,
  all: readonly ShapedArray[],
  slots: readonly number[],
): ClosedJaxpr {
  const j = tangent.jaxpr;
  const invars = all.map((a) => new Var(a));
  slots.forEach((s, i) => (invars[s] = j.invars[i]));
  return new ClosedJaxpr(
    new Jaxpr(j.constvars, [...invars, ...j.invars.slice(slots.length)], j.outvars, j.eqns),
    tangent.consts,
  );
}

export function condLinearize(
  nonzeros: readonly boolean[],
  primals: readonly Value[],
  p: CondParams,
): Linearized {
  const nzs = nonzeros.slice(1);
  const outNz = anyPerOutput(p.branches.map((b) => linearizeJaxpr(b, nzs).nonzerosOut));
  const lins = p.branches.map((b) => linearizeJaxpr(b, nzs, outNz));
  const primalJaxprs = lins.map((l, i) => primalReturningAllResiduals(l, p.branches[i]));
  const n = outNz.length;
  const { all, slots } = mergeBranchResiduals(primalJaxprs.map((j) => j.outAvals.slice(n)));
  const padded = all.length > 0 || lins.some((l) => l.numResiduals > 0);
  const branches = padded ? primalJaxprs.map((j, i) => joinOutputs(j, all, slots[i], n)) : primalJaxprs;
  const tangentBranches = lins.map((l, i) => joinInputs(l.tangentJaxpr, all, slots[i]));
  const out = bind(condP, primals, { ...p, branches });
  const residuals = out.slice(n);
  const outAvals = p.branches[0].outAvals;
  return {
    primalsOut: out.slice(0, n),
    nonzerosOut: outNz,
    linearized(tangents) {
      const nz = tangents.slice(1).filter((t): t is Value => !(t instanceof Zero));
      const outs = bind(condP, [primals[0], ...residuals, ...nz], { ...p, branches: tangentBranches });
      let k = 0;
      return outAvals.map((a, i) => (outNz[i] ? outs[k++] : new Zero(a)));
    },
  };
}

export function condTranspose(
  cts: readonly Tangent[],
  args: readonly LinearArg[],
  p: CondParams,
): (Tangent | null)[] {
  const [index, ...ops] = args;
  const linear = ops.map((a) => a instanceof UndefinedPrimal);
  const known = ops.filter((a): a is Value => !(a instanceof UndefinedPrimal));
  const ctVals = cts.map((c) => instantiate(c));
  const ctAvals = ctVals.map((c) => c.aval);
  const knownAvals = known.map((a) => a.aval);
  const outNz = anyPerOutput(p.branches.map((b) => transposeJaxpr(b, linear, knownAvals, ctAvals).outputs));
  const branches = p.branches.map((b) => transposeJaxpr(b, linear, knownAvals, ctAvals, outNz).jaxpr);
  const outs = bind(condP, [index as Value, ...known, ...ctVals], { ...p, branches });
  let k = 0;
  return [
    null,
    ...ops.map((a, i) => (a instanceof UndefinedPrimal ? (outNz[i] ? outs[k++] : new Zero(a.aval)) : null)),
  ];
}
