// Cumulative reductions along one axis (jax/_src/lax/control_flow/loops.py): cumsum, cumprod, cummax,
// cummin and cumlogsumexp, with their CPU kernels.
import { ShapedArray, shapeStr } from "../../core/aval.ts";
import { type DType, dtypeInfo, isFloating, isUnsigned } from "../../core/dtypes.ts";
import { notSupported, typeError, valueError } from "../../core/errors.ts";
import {
  type BatchResult,
  definePrimitive,
  type JvpRule,
  type Primitive,
  type TransposeRule,
} from "../../core/primitive.ts";
import { allocate, roundToDType } from "../../core/storage.ts";
import { bind1 } from "../../core/trace.ts";
import { ArrayValue, type Value } from "../../core/values.ts";
import type { Params } from "../../ir/jaxpr.ts";
import { instantiate, linearJvp, linearTranspose } from "../../transforms/ad/rules.ts";
import { jvpFlat } from "../../transforms/ad/jvp.ts";
import { associativeScan } from "../associative-scan.ts";
import { maxP, minP, mulP } from "./elementwise.ts";

interface AdRules {
  readonly jvp?: JvpRule<CumulativeParams>;
  readonly transpose?: TransposeRule<CumulativeParams>;
}

export interface CumulativeParams extends Params {
  readonly axis: number;
  readonly reverse: boolean;
}

type Step = (acc: number, v: number) => number;

/** lax's logaddexp, op by op in the operand's precision (the reducer XLA runs for cumlogsumexp). */
function logAddExp(d: DType): Step {
  const r = (x: number): number => roundToDType(d, x);
  return (a, b) => {
    const delta = r(a - b);
    if (delta !== delta) return r(a + b);
    return r(Math.max(a, b) + r(Math.log1p(r(Math.exp(-Math.abs(delta))))));
  };
}

/**
 * Float prefix sums and products accumulate one element after the other in the operand's precision, which is
 * what XLA's CPU results show for the first 17 elements of an axis (later ones may differ by an ulp: XLA then
 * changes its order). Integer ones wrap modulo 2**32, and again modulo the width when stored.
 */
const STEPS: Record<string, (d: DType) => Step> = {
  cumsum: (d) =>
    isFloating(d)
      ? (a, v) => roundToDType(d, a + v)
      : isUnsigned(d)
        ? (a, v) => (a + v) >>> 0
        : (a, v) => (a + v) | 0,
  cumprod: (d) =>
    isFloating(d)
      ? (a, v) => roundToDType(d, a * v)
      : isUnsigned(d)
        ? (a, v) => Math.imul(a, v) >>> 0
        : (a, v) => Math.imul(a, v),
  cummax: () => (a, v) => (a !== a || v !== v ? NaN : a > v ? a : v),
  cummin: () => (a, v) => (a !== a || v !== v ? NaN : a < v ? a : v),
  cumlogsumexp: logAddExp,
};

/** Runs the prefix (or suffix, with `reverse`) fold along `axis`. */
function cumulate(
  x: ArrayValue,
  axis: number,
  reverse: boolean,
  outAval: ShapedArray,
  step: Step,
): ArrayValue {
  const shape = x.shape;
  const n = shape[axis];
  const inner = shape.slice(axis + 1).reduce((a, b) => a * b, 1);
  const outer = shape.slice(0, axis).reduce((a, b) => a * b, 1);
  const src = x.data;
  const out = allocate(outAval.dtype, outAval.size);
  const d = outAval.dtype;
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      const base = o * n * inner + i;
      let acc = 0;
      for (let t = 0; t < n; t++) {
        const k = reverse ? n - 1 - t : t;
        const pos = base + k * inner;
        acc = t === 0 ? src[pos] : step(acc, src[pos]);
        out[pos] = roundToDType(d, acc);
      }
    }
  }
  return new ArrayValue(outAval, out);
}

function defineCumulative(name: string, ad: AdRules = {}): Primitive<CumulativeParams> {
  const prim: Primitive<CumulativeParams> = definePrimitive<CumulativeParams>({
    name,
    abstractEval: ([x], p) => {
      if (p.axis < 0) throw valueError("XLA operations do not allow negative axes");
      if (p.axis >= x.ndim)
        throw valueError(`axis ${p.axis} is out of bounds for array of shape ${shapeStr(x.shape)}`);
      if (x.dtype === "bool") {
        throw typeError(`${name} does not accept dtype ${x.dtype}. Accepted dtypes are subtypes of number.`);
      }
      return [x];
    },
    cpu: ([x], p, [out]) => {
      if (dtypeInfo(x.dtype).kind === "c") throw notSupported(`complex numbers in ${name}`);
      return [cumulate(x, p.axis, p.reverse, out, STEPS[name](x.dtype))];
    },
    // `_cumred_batch_rule`.
    batch: ([x], [bdim], p): BatchResult => {
      const b = bdim as number;
      return [[bind1(prim, [x], { ...p, axis: p.axis < b ? p.axis : p.axis + 1 })], [b]];
    },
    ...ad,
  });
  return prim;
}

export const cumsumP: Primitive<CumulativeParams> = defineCumulative("cumsum", {
  jvp: linearJvp(() => cumsumP),
  // `_cumsum_transpose_rule`: a cumulative sum the other way.
  transpose: linearTranspose((ct, _args, p) => [bind1(cumsumP, [ct], { axis: p.axis, reverse: !p.reverse })]),
});
export const cumprodP: Primitive<CumulativeParams> = defineCumulative("cumprod", {
  jvp: scanJvp((a, b) => bind1(mulP, [a, b], {})),
});
export const cummaxP: Primitive<CumulativeParams> = defineCumulative("cummax", {
  jvp: scanJvp((a, b) => bind1(maxP, [a, b], {})),
});
export const cumminP: Primitive<CumulativeParams> = defineCumulative("cummin", {
  jvp: scanJvp((a, b) => bind1(minP, [a, b], {})),
});
export const cumlogsumexpP = defineCumulative("cumlogsumexp");

// ---- the lax functions ----

const CUMULATIVE = {
  cumsum: cumsumP,
  cumprod: cumprodP,
  cummax: cummaxP,
  cummin: cumminP,
  cumlogsumexp: cumlogsumexpP,
};
export type CumulativeName = keyof typeof CUMULATIVE;
export const CUMULATIVE_NAMES = Object.keys(CUMULATIVE) as CumulativeName[];

/** `lax.cumsum(x, axis, reverse)` and its siblings. */
export function cumulative(name: CumulativeName, x: Value, axis: number, reverse: boolean): Value {
  return bind1(CUMULATIVE[name], [x], { axis, reverse });
}

/**
 * `_cumulative_jvp_rule`: the JVP of the associative scan that computes the same thing (no cumulative
 * primitive is bound for the primal either).
 */
function scanJvp(combine: (a: Value, b: Value) => Value): JvpRule<CumulativeParams> {
  return ([x], [t], p) => {
    const { primalsOut, tangentsOut } = jvpFlat(
      ([v]) => [associativeScan(combine, v, p.axis, p.reverse)],
      [x],
      [instantiate(t)],
    );
    return [primalsOut, tangentsOut.map(instantiate)];
  };
}
