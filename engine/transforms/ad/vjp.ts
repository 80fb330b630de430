// jax.vjp, jax.linearize and the cotangent seed of jax.grad, on flat lists of values (api.py).
import { shapesEqual } from "../../core/aval.ts";
import { valueError } from "../../core/errors.ts";
import { evalJaxpr } from "../../core/eval.ts";
import { type Tangent, Zero } from "../../core/tangents.ts";
import { ArrayValue, type Value } from "../../core/values.ts";
import { type Linearization, linearizeFlat } from "./linearize.ts";
import { instantiate } from "./rules.ts";
import { backwardPass, CotangentAccum } from "./transpose.ts";

export interface VjpResult {
  readonly primalsOut: Value[];
  readonly aux: Value[];
  /** Cotangents of the inputs for cotangents of the outputs (`_vjp3_bwd`); zeros instantiated. */
  pullback(cts: readonly Tangent[]): Value[];
}

export function vjpFlat(fn: (args: Value[]) => Value[], primals: readonly Value[], auxCount = 0): VjpResult {
  return vjpOf(linearizeFlat(fn, primals, auxCount), primals);
}

/** The VJP of a linearization of a function at `primals`. */
export function vjpOf(lin: Linearization, primals: readonly Value[]): VjpResult {
  const { jaxpr, outZeros, primalsOut } = lin;
  return {
    primalsOut,
    aux: lin.aux,
    pullback(cts) {
      checkCotangents(cts, primalsOut);
      const nonzeroCts = cts.filter((_c, i) => !outZeros[i]);
      const accums = jaxpr.jaxpr.invars.map((v) => new CotangentAccum(v.aval));
      backwardPass(jaxpr.jaxpr, jaxpr.consts, accums, nonzeroCts);
      return accums.map((a, i) => instantiate(zeroIfNotFloat(a.freeze(), primals[i])));
    },
  };
}

function zeroIfNotFloat(ct: Tangent, primal: Value): Tangent {
  return ct instanceof Zero ? new Zero(primal.aval) : ct;
}

/** `_vjp_check_ct_avals`: shape and dtype must match the output's (weak types aside). */
function checkCotangents(cts: readonly Tangent[], outs: readonly Value[]): void {
  cts.forEach((ct, i) => {
    if (ct instanceof Zero) return;
    const got = ct.aval;
    const want = outs[i].aval;
    if (got.dtype !== want.dtype || !shapesEqual(got.shape, want.shape)) {
      throw valueError(
        "unexpected JAX type (e.g. shape/dtype) for argument to VJP function: " +
          `got ${got.strLong()}, but expected ${want.strLong()} because the corresponding output of the ` +
          `differentiated function had JAX type ${want.strLong()}`,
      );
    }
  });
}

/** `lax._one_vjp(ans)`: the cotangent seed of `grad`, a scalar one of the output's type. */
export function oneLike(ans: Value): Value {
  return ArrayValue.fromNumbers(ans.aval.withShape([]), [1], "numpy");
}

export interface LinearizeResult {
  readonly primalsOut: Value[];
  readonly aux: Value[];
  /** `_lift_linearized`: evaluate the linear jaxpr on input tangents; zero outputs instantiated. */
  pushforward(tangents: readonly Value[]): Value[];
}

export function linearizeApi(
  fn: (args: Value[]) => Value[],
  primals: readonly Value[],
  auxCount = 0,
): LinearizeResult {
  return jvpOfLinearization(linearizeFlat(fn, primals, auxCount), primals);
}

/** `jax.linearize`'s function of the tangents, for a linearization at `primals`. */
export function jvpOfLinearization(lin: Linearization, primals: readonly Value[]): LinearizeResult {
  return {
    primalsOut: lin.primalsOut,
    aux: lin.aux,
    pushforward(tangents) {
      tangents.forEach((t, i) => {
        const want = primals[i].aval;
        if (t.aval.dtype !== want.dtype || !shapesEqual(t.aval.shape, want.shape)) {
          throw valueError(
            "linearized function called on tangent values inconsistent with the original primal values:\n" +
              `Got tangent aval ${t.aval.toString()} for primal aval ${want.toString()} but expected ${want.toString()}.`,
          );
        }
      });
      const outs = evalJaxpr(lin.jaxpr.jaxpr, lin.jaxpr.consts, tangents);
      let k = 0;
      return lin.primalsOut.map((p, i) => (lin.outZeros[i] ? instantiate(new Zero(p.aval)) : outs[k++]));
    },
  };
}
