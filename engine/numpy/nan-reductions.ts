// jnp's NaN-ignoring reductions (nansum, nanprod, nanmax, nanmin, nanmean) and the array API's
// cumulative_sum / cumulative_prod (jax/_src/numpy/reductions.py), each `@jit` as in JAX.
import { type DType, isInexact } from "../core/dtypes.ts";
import { valueError } from "../core/errors.ts";
import { ArrayValue, type Value } from "../core/values.ts";
import * as lax from "../lax/lax.ts";
import { canonicalizeAxis, concatenate } from "../lax/primitives/shape.ts";
import { broadcastInDim } from "../lax/shapes.ts";
import { jitted } from "../transforms/jit.ts";
import { exportJnp } from "./array-args.ts";
import {
  all,
  amax,
  amin,
  checkOutNone,
  checkWhere,
  cumulativeReduction,
  isNone,
  numpyScalar,
  optionalArray,
  type Plain,
  prod,
  type ReductionArgs,
  staticAxes,
  sum,
  userDType,
} from "./reductions.ts";
import { mean } from "./statistics.ts";
import { where3 } from "./where.ts";

type Axis = number | number[] | null;
type Reducer = (a: Value, args: ReductionArgs) => Value;

const isnan = (a: Value): Value => lax.ne(a, a);

/** `_reduction_init_val(a, v)` for the float dtypes the NaN reductions work on. */
const initVal = (a: Value, v: number): ArrayValue => numpyScalar(a.aval.dtype, v);

/** `_nan_reduction`: NaNs replaced by the identity, and an all-NaN slice giving NaN where asked. */
function nanReduction(
  a: Value,
  reduce: Reducer,
  init: number,
  nanIfAllNaN: boolean,
  args: ReductionArgs,
): Value {
  if (!isInexact(a.aval.dtype)) return reduce(a, args);
  const out = reduce(where3(isnan(a), initVal(a, init), a), args);
  if (!nanIfAllNaN) return out;
  return where3(all(isnan(a), { axis: args.axis, keepdims: args.keepdims }), initVal(a, NaN), out);
}

interface NanStatics {
  readonly axis: Axis;
  readonly dtype: DType | null;
  readonly keepdims: boolean;
  readonly hasInitial: boolean;
  readonly hasWhere: boolean;
}

/** How one NaN reduction differs: its reduction, its identity, and whether it takes a dtype (sum, prod). */
interface NanKind {
  readonly reduce: Reducer;
  readonly init: number;
  /** nansum and nanprod take a dtype; nanmax and nanmin give NaN for an all-NaN slice unless given `initial`. */
  readonly sumLike: boolean;
}

/** A jitted NaN reduction; its arguments are (a, [initial], [where]), as jit flattens JAX's keywords. */
function nanJit(name: string, kind: NanKind) {
  const jit = jitted(name, (args, [s]) => {
    const { axis, dtype, keepdims, hasInitial, hasWhere } = s as NanStatics;
    const [a, ...rest] = args;
    const initial = hasInitial ? (rest.shift() as Value) : null;
    const where = hasWhere ? (rest.shift() as Value) : null;
    checkWhere(name, where);
    const reduceArgs = { axis, keepdims, initial, where, ...(kind.sumLike ? { dtype } : {}) };
    const nanIfAllNaN = !kind.sumLike && initial === null;
    return [nanReduction(a, kind.reduce, kind.init, nanIfAllNaN, reduceArgs)];
  });
  return (
    a: Value,
    axis: Axis,
    dtype: DType | null,
    keepdims: boolean,
    initial: Value | null,
    where: Value | null,
  ): Value => {
    const statics: NanStatics = {
      axis,
      dtype,
      keepdims,
      hasInitial: initial !== null,
      hasWhere: where !== null,
    };
    const operands = [a, ...(initial ? [initial] : []), ...(where ? [where] : [])];
    return jit(operands, [statics])[0];
  };
}

export const nansum = nanJit("nansum", { reduce: sum, init: 0, sumLike: true });
export const nanprod = nanJit("nanprod", { reduce: prod, init: 1, sumLike: true });
export const nanmax = nanJit("nanmax", { reduce: amax, init: -Infinity, sumLike: false });
export const nanmin = nanJit("nanmin", { reduce: amin, init: Infinity, sumLike: false });

/** `jnp.nanmean`, jitted; its arguments are (a, [where]). */
const nanmeanJit = jitted("nanmean", (args, [s]) => {
  const { axis, dtype: dtypeIn, keepdims, hasWhere } = s as NanStatics;
  const [a, where] = hasWhere ? args : [args[0], null];
  checkWhere("nanmean", where);
  if (!isInexact(a.aval.dtype)) return [mean(a, axis, dtypeIn, keepdims, where)];
  const dtype = dtypeIn ?? a.aval.dtype;
  const normalizer = sum(lax.bitwiseNot(isnan(a)), { axis, dtype, keepdims, where });
  return [lax.div(nansum(a, axis, dtype, keepdims, null, where), normalizer)];
});

export function nanmean(
  a: Value,
  axis: Axis,
  dtype: DType | null,
  keepdims: boolean,
  where: Value | null,
): Value {
  const statics: NanStatics = { axis, dtype, keepdims, hasInitial: false, hasWhere: where !== null };
  return nanmeanJit(where ? [a, where] : [a], [statics])[0];
}

// ---- cumulative_sum, cumulative_prod ----

const cumsumWithPromotion = jitted("_cumsum_with_promotion", ([a], [axis, dtype]) => [
  cumulativeReduction("cumsum", a, axis as number, dtype as DType | null, true),
]);

function cumulativeArrayApi(
  kind: "sum" | "prod",
  x: Value,
  axisIn: number | null,
  dtype: DType | null,
  includeInitial: boolean,
): Value {
  const nd = x.aval.ndim;
  const what = kind === "sum" ? "sum" : "product";
  if (nd === 0) {
    throw valueError(
      `The input must be non-scalar to take a cumulative ${what}, however a scalar value or scalar array was given.`,
    );
  }
  if (axisIn === null && nd > 1) {
    throw valueError(
      `The input array has rank ${nd}, however axis was not set to an explicit value. The axis argument is only ` +
        "optional for one-dimensional arrays.",
    );
  }
  const axis = canonicalizeAxis(axisIn ?? 0, nd);
  const out =
    kind === "sum"
      ? cumsumWithPromotion([x], [axis, dtype])[0]
      : cumulativeReduction("cumprod", x, axis, dtype, false);
  if (!includeInitial) return out;
  const shape = x.aval.shape.map((d, i) => (i === axis ? 1 : d));
  const fill = broadcastInDim(numpyScalar(out.aval.dtype, kind === "sum" ? 0 : 1), shape, []);
  return concatenate([fill, out], axis);
}

// ---- Python exports ----

const A = { a: "array", x: "array", dtype: "dtype", initial: "optarray" } as const;
const optionalIndex = (x: Plain): number | null => {
  const axes = staticAxes(x);
  if (Array.isArray(axes)) throw valueError("axis must be an integer");
  return axes;
};

for (const [name, f] of [
  ["nansum", nansum],
  ["nanprod", nanprod],
] as const) {
  exportJnp(name, "a, axis=None, dtype=None, out=None, keepdims=False, initial=None, where=None", A, ((
    a: Value,
    axis: Plain,
    dtype: string | null,
    out: Plain,
    keepdims: Plain,
    initial: Value | null,
    where: Plain,
  ) => {
    checkOutNone(out, name);
    return f(a, staticAxes(axis), userDType(dtype), Boolean(keepdims), initial, optionalArray(where, name));
  }) as never);
}

for (const [name, f] of [
  ["nanmax", nanmax],
  ["nanmin", nanmin],
] as const) {
  exportJnp(name, "a, axis=None, out=None, keepdims=False, initial=None, where=None", A, ((
    a: Value,
    axis: Plain,
    out: Plain,
    keepdims: Plain,
    initial: Value | null,
    where: Plain,
  ) => {
    checkOutNone(out, name);
    return f(a, staticAxes(axis), null, Boolean(keepdims), initial, optionalArray(where, name));
  }) as never);
}

exportJnp("nanmean", "a, axis=None, dtype=None, out=None, keepdims=False, where=None", A, ((
  a: Value,
  axis: Plain,
  dtype: string | null,
  out: Plain,
  keepdims: Plain,
  where: Plain,
) => {
  checkOutNone(out, "nanmean");
  return nanmean(a, staticAxes(axis), userDType(dtype), Boolean(keepdims), optionalArray(where, "nanmean"));
}) as never);

for (const kind of ["sum", "prod"] as const) {
  exportJnp(`cumulative_${kind}`, "x, /, *, axis=None, dtype=None, include_initial=False", A, ((
    x: Value,
    axis: Plain,
    dtype: string | null,
    includeInitial: Plain,
  ) =>
    cumulativeArrayApi(
      kind,
      x,
      isNone(axis) ? null : optionalIndex(axis),
      userDType(dtype),
      Boolean(includeInitial),
    )) as never);
}
