// jnp.isclose and jnp.allclose (lax_numpy.py), jitted as in JAX with equal_nan static: |a - b| ≤ atol +
// rtol·|b|, infinities equal to themselves, NaNs equal only with equal_nan.
import { isComplex } from "../core/dtypes.ts";
import { notSupported } from "../core/errors.ts";
import type { Value } from "../core/values.ts";
import { exportPy } from "../api/registry.ts";
import * as lax from "../lax/lax.ts";
import { jitted } from "../transforms/jit.ts";
import { isfinite } from "./elementwise.ts";
import { promoteArgs, promoteArgsInexact } from "./promotion.ts";
import { all } from "./reductions.ts";
import { isnan, logicalAnd, logicalOr } from "./ufuncs.ts";
import { pyFloat } from "./where.ts";

/** The tolerances: the arguments given (jit arguments), or the defaults (constants of the traced body). */
function tolerances(args: readonly Value[], hasRtol: unknown, hasAtol: unknown): [Value, Value] {
  let k = 2;
  const rtol = hasRtol === true ? args[k++] : pyFloat(1e-5);
  const atol = hasAtol === true ? args[k] : pyFloat(1e-8);
  return [rtol, atol];
}

const iscloseJit = jitted("isclose", (args, [equalNan, hasRtol, hasAtol]) => {
  const [a1, b1] = promoteArgs("isclose", [args[0], args[1]]);
  const [a, b] = promoteArgsInexact("isclose", [a1, b1]);
  const dtype = a.aval.dtype;
  if (isComplex(dtype)) throw notSupported("complex numbers in jnp.isclose");
  const [rtol0, atol0] = tolerances(args, hasRtol, hasAtol);
  const rtol = lax.convertElementType(rtol0, dtype);
  const atol = lax.convertElementType(atol0, dtype);
  const bothNan = logicalAnd(isnan(a), isnan(b));
  const checkFinite = isfinite(b);
  const inRange = lax.le(lax.abs(lax.sub(a, b)), lax.add(atol, lax.mul(rtol, lax.abs(b))));
  const out = logicalOr(lax.eq(a, b), logicalAnd(checkFinite, inRange));
  return [equalNan === true ? logicalOr(out, bothNan) : out];
});

/** A tolerance the caller gave (Python's None arrives as null or undefined: left to its default). */
const isGiven = (x: Value | null | undefined): x is Value => x !== undefined && x !== null;

const allcloseJit = jitted("allclose", (args, [equalNan, hasRtol, hasAtol]) => {
  const [rtol, atol] = tolerances(args, hasRtol, hasAtol);
  return [all(iscloseJit([args[0], args[1], rtol, atol], [equalNan === true, true, true])[0])];
});

const ARGS = { a: "array", b: "array", rtol: "optarray", atol: "optarray" } as const;
const SIGNATURE = "a, b, rtol=None, atol=None, equal_nan=False";
for (const [name, fn] of [
  ["isclose", iscloseJit],
  ["allclose", allcloseJit],
] as const) {
  exportPy(
    "jax.numpy",
    name,
    SIGNATURE,
    ARGS,
    ((
      a: Value,
      b: Value,
      rtol: Value | null | undefined,
      atol: Value | null | undefined,
      equalNan: boolean,
    ) =>
      // The jit arguments: the arrays, then the tolerances given; the statics say which were.
      fn(
        [a, b, ...[rtol, atol].filter(isGiven)],
        [equalNan === true, isGiven(rtol), isGiven(atol)],
      )[0]) as never,
  );
}
