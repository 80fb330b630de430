// jnp.diag (lax_numpy.py's `_diag`, jitted with k static): a 1-D array laid on the k-th diagonal of a square
// matrix. Reading the diagonal of a 2-D array goes through jnp.diagonal, which Traceur does not have yet.
import { notSupported, valueError } from "../core/errors.ts";
import { bind1 } from "../core/trace.ts";
import type { Value } from "../core/values.ts";
import { exportPy } from "../api/registry.ts";
import { padP } from "../lax/primitives/shape.ts";
import { broadcastInDim } from "../lax/shapes.ts";
import { jitted } from "../transforms/jit.ts";
import { eye } from "./creation.ts";
import { type Plain, pyIndex } from "./array-args.ts";
import { pyInt, scalarConst, where3 } from "./where.ts";

const diagJit = jitted("_diag", ([v], [k]) => {
  const offset = k as number;
  const shape = v.aval.shape;
  if (shape.length === 2) throw notSupported("jnp.diag of a 2-D array (it reads jnp.diagonal)");
  if (shape.length !== 1) throw valueError("diag input must be 1d or 2d");
  // `lax.full_like(v, shape=(), fill_value=0)`.
  const zero = scalarConst(v.aval.dtype, 0, v.aval.weakType);
  const n = shape[0] + Math.abs(offset);
  const padded = bind1(padP, [v, zero], { padding_config: [[Math.max(0, -offset), Math.max(0, offset), 0]] });
  // `where(eye(n, k=k, dtype=bool), v[:, None], zero(v))`: the arguments in Python's order.
  const mask = eye(n, null, pyInt(offset), "bool");
  return [where3(mask, broadcastInDim(padded, [n, 1], [0]), zero)];
});

exportPy(
  "jax.numpy",
  "diag",
  "v, k=0",
  { v: "array" },
  ((v: Value, k: Plain) => diagJit([v], [pyIndex(k)])[0]) as never,
);
