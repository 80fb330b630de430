// The autodiff rules of the loops (loops.py's `_scan_jvp`, `_while_loop_jvp`, `_while_transpose_error`): a
// fixpoint finds which carries have nonzero tangents, then the body's JVP runs as the loop's body, its
// tangents interleaved with the primals group by group (`ad.rearrange_binders`).
import { valueError } from "../../../core/errors.ts";
import { evalClosedJaxpr } from "../../../core/eval.ts";
import type { Linearized } from "../../../core/primitive.ts";
import { traceToJaxpr } from "../../../core/staging.ts";
import { type Tangent, Zero } from "../../../core/tangents.ts";
import { bind } from "../../../core/trace.ts";
import type { Value } from "../../../core/values.ts";
import { ClosedJaxpr, Jaxpr, Var } from "../../../ir/jaxpr.ts";
import { jvpJaxpr } from "../../../transforms/ad/jaxpr-ad.ts";
import { instantiate } from "../../../transforms/ad/rules.ts";
import { type ScanParams, scanP } from "./scan.ts";
import { type WhileParams, whileP } from "./while.ts";

const or = (a: readonly boolean[], b: readonly boolean[]): boolean[] => a.map((x, i) => x || b[i]);
const same = (a: readonly boolean[], b: readonly boolean[]): boolean => a.every((x, i) => x === b[i]);
const count = (bs: readonly boolean[]): number => bs.filter((b) => b).length;

/** `ad._perm`: [p0, t0, p1, t1, ...] from [p0, p1, ..., t0, t1, ...], with the given group sizes. */
function perm<T>(primals: readonly number[], tangents: readonly number[], xs: readonly T[]): T[] {
  const total = primals.reduce((a, b) => a + b, 0);
  const ps = xs.slice(0, total);
  const ts = xs.slice(total);
  const out: T[] = [];
  let pi = 0;
  let ti = 0;
  primals.forEach((n, g) => {
    out.push(...ps.slice(pi, pi + n), ...ts.slice(ti, ti + tangents[g]));
    pi += n;
    ti += tangents[g];
  });
  return out;
}

/** `ad.rearrange_binders`. */
function rearrangeBinders(
  cj: ClosedJaxpr,
  primalsIn: readonly number[],
  tangentsIn: readonly number[],
  primalsOut: readonly number[],
  tangentsOut: readonly number[],
): ClosedJaxpr {
  const j = cj.jaxpr;
  const invars = perm<Var>(primalsIn, tangentsIn, j.invars);
  const outvars = perm(primalsOut, tangentsOut, j.outvars);
  return new ClosedJaxpr(new Jaxpr(j.constvars, invars, outvars, j.eqns), cj.consts);
}

const nonzeroValues = (ts: readonly Tangent[]): Value[] => ts.filter((t): t is Value => !(t instanceof Zero));

export function scanJvp(
  primals: readonly Value[],
  tangents: readonly Tangent[],
  p: ScanParams,
): [Value[], Tangent[]] {
  const nc = p.num_consts;
  const nk = p.num_carry;
  const numXs = p.jaxpr.inAvals.length - nc - nk;
  const numYs = p.jaxpr.outAvals.length - nk;
  const nz = tangents.map((t) => !(t instanceof Zero));
  const constNz = nz.slice(0, nc);
  const xsNz = nz.slice(nc + nk);
  let carryNz = nz.slice(nc, nc + nk);
  let jvp = jvpJaxpr(
    p.jaxpr,
    [...constNz, ...carryNz, ...xsNz],
    [...carryNz, ...new Array<boolean>(numYs).fill(false)],
  );
  while (!same(jvp.nonzerosOut.slice(0, nk), carryNz)) {
    carryNz = or(carryNz, jvp.nonzerosOut.slice(0, nk));
    jvp = jvpJaxpr(
      p.jaxpr,
      [...constNz, ...carryNz, ...xsNz],
      [...carryNz, ...new Array<boolean>(numYs).fill(false)],
    );
  }
  const nonzeros = [...constNz, ...carryNz, ...xsNz];
  const ts = tangents.map((t, i) => (nonzeros[i] ? instantiate(t) : t));
  const constsDot = nonzeroValues(ts.slice(0, nc));
  const initDot = nonzeroValues(ts.slice(nc, nc + nk));
  const xsDot = nonzeroValues(ts.slice(nc + nk));
  const numNzOut = count(jvp.nonzerosOut);
  const body = rearrangeBinders(
    jvp.jaxpr,
    [nc, nk, numXs],
    [constsDot.length, initDot.length, xsDot.length],
    [nk, numYs],
    [initDot.length, numNzOut - initDot.length],
  );
  const out = bind(
    scanP,
    [
      ...primals.slice(0, nc),
      ...constsDot,
      ...primals.slice(nc, nc + nk),
      ...initDot,
      ...primals.slice(nc + nk),
      ...xsDot,
    ],
    { ...p, jaxpr: body, num_consts: nc + constsDot.length, num_carry: nk + initDot.length },
  );
  const carry = out.slice(0, nk);
  const carryDot = out.slice(nk, nk + initDot.length);
  const ys = out.slice(nk + initDot.length, nk + initDot.length + numYs);
  const ysDot = out.slice(nk + initDot.length + numYs);
  const primalsOut = [...carry, ...ys];
  const dots = [...carryDot, ...ysDot];
  let k = 0;
  return [primalsOut, primalsOut.map((o, i) => (jvp.nonzerosOut[i] ? dots[k++] : new Zero(o.aval)))];
}

/** `_while_loop_jvp`'s fixpoint: which carries have nonzero tangents, and the body's JVP for them. */
function whileBodyJvp(p: WhileParams, nz: readonly boolean[]) {
  const cn = p.cond_nconsts;
  const bn = p.body_nconsts;
  const bconstNz = nz.slice(cn, cn + bn);
  let carryNz = nz.slice(cn + bn);
  let jvp = jvpJaxpr(p.body_jaxpr, [...bconstNz, ...carryNz], carryNz);
  while (!same(jvp.nonzerosOut, carryNz)) {
    carryNz = or(carryNz, jvp.nonzerosOut);
    jvp = jvpJaxpr(p.body_jaxpr, [...bconstNz, ...carryNz], carryNz);
  }
  return { jvp, bconstNz, carryNz };
}

export function whileJvp(
  primals: readonly Value[],
  tangents: readonly Tangent[],
  p: WhileParams,
): [Value[], Tangent[]] {
  const cn = p.cond_nconsts;
  const bn = p.body_nconsts;
  const nz = tangents.map((t) => !(t instanceof Zero));
  const { jvp, bconstNz, carryNz } = whileBodyJvp(p, nz);
  const nonzeros = [...nz.slice(0, cn), ...bconstNz, ...carryNz];
  const ts = tangents.map((t, i) => (nonzeros[i] ? instantiate(t) : t));
  const bconstDot = nonzeroValues(ts.slice(cn, cn + bn));
  const initDot = nonzeroValues(ts.slice(cn + bn));
  const numCarry = primals.length - cn - bn;
  const body = rearrangeBinders(
    jvp.jaxpr,
    [bn, numCarry],
    [bconstDot.length, initDot.length],
    [numCarry],
    [initDot.length],
  );
  const cj = p.cond_jaxpr;
  const condJaxpr = new ClosedJaxpr(
    new Jaxpr(
      cj.jaxpr.constvars,
      [...cj.jaxpr.invars, ...initDot.map((t) => new Var(t.aval))],
      cj.jaxpr.outvars,
      cj.jaxpr.eqns,
    ),
    cj.consts,
  );
  const out = bind(
    whileP,
    [...primals.slice(0, cn + bn), ...bconstDot, ...primals.slice(cn + bn), ...initDot],
    { ...p, cond_jaxpr: condJaxpr, body_nconsts: bn + bconstDot.length, body_jaxpr: body },
  );
  const carry = out.slice(0, numCarry);
  const carryDot = out.slice(numCarry);
  let k = 0;
  return [carry, carry.map((o, i) => (carryNz[i] ? carryDot[k++] : new Zero(o.aval)))];
}

/**
 * JAX linearizes a while loop through its JVP and `_while_partial_eval`: the primal loop runs now, the whole
 * JVP loop is staged as the linear part. Only its transposition fails.
 */
/** The cond retraced (once per jaxpr), as `_while_partial_eval`'s partial evaluation of it leaves it. */
const retracedConds = new WeakMap<ClosedJaxpr, ClosedJaxpr>();

function retraced(cj: ClosedJaxpr): ClosedJaxpr {
  let r = retracedConds.get(cj);
  if (!r) {
    r = traceToJaxpr((...args) => evalClosedJaxpr(cj, args), cj.inAvals);
    retracedConds.set(cj, r);
  }
  return r;
}

export function whileLinearize(
  nonzeros: readonly boolean[],
  primals: readonly Value[],
  p: WhileParams,
): Linearized {
  const primalsOut = bind(whileP, primals, p);
  const { carryNz } = whileBodyJvp(p, nonzeros);
  return {
    primalsOut,
    nonzerosOut: carryNz,
    linearized: (tangents) => whileJvp(primals, tangents, { ...p, cond_jaxpr: retraced(p.cond_jaxpr) })[1],
  };
}

/** `_while_transpose_error`. */
export function whileTranspose(): never {
  throw valueError(
    "Reverse-mode differentiation does not work for lax.while_loop or lax.fori_loop with dynamic start/stop " +
      "values. Try using lax.scan, or using fori_loop with static start/stop.",
  );
}
