// jax.random.permutation and jax.random.choice: shuffles by sorting on random keys (`_shuffle`).
import { shapeSize, shapeStr } from "../core/aval.ts";
import { isInteger } from "../core/dtypes.ts";
import { notSupported, typeError, valueError } from "../core/errors.ts";
import { ArrayValue, type Value } from "../core/values.ts";
import { canonicalizeAxis, reshape, sort } from "../lax/primitives/shape.ts";
import { type Plain, canonicalizeShape, checkArraylike } from "../numpy/array-args.ts";
import { arange, asarray, astype, zeros } from "../numpy/creation.ts";
import { promoteDTypesInexact } from "../numpy/promotion.ts";
import { add, multiply, subtract, unaryInexact } from "../numpy/ufuncs.ts";
import { cumsum } from "../numpy/reductions.ts";
import type { ApiResult } from "../api/registry.ts";
import { topK } from "../lax/primitives/top-k.ts";
import { take } from "../numpy/take.ts";
import { PySlice } from "../numpy/index-parse.ts";
import { rewritingTake } from "../numpy/indexing.ts";
import { concretizationError } from "../python/concrete.ts";
import { jitted } from "../transforms/jit.ts";
import { checkPrngKey, randomBits, splitPair } from "./key-functions.ts";
import { gumbel } from "./distributions.ts";
import { randint, uniform } from "./samplers.ts";

/** How many sorts on fresh 32-bit keys make collisions negligible (tjablin@'s heuristic, exponent 3). */
function numRounds(size: number): number {
  return Math.ceil((3 * Math.log(Math.max(1, size))) / Math.log(2 ** 32 - 1));
}

const shuffleJit = jitted("_shuffle", ([keyIn, xIn], [axis]) => {
  let key = keyIn;
  let x = xIn;
  for (let i = 0; i < numRounds(x.aval.size); i++) {
    const [next, subkey] = splitPair(key);
    key = next;
    const sortKeys = randomBits(subkey, 32, x.aval.shape);
    x = sort([sortKeys, x], axis as number, true, 1)[1];
  }
  return [x];
});

const shuffle = (key: Value, x: Value, axis: number): Value => shuffleJit([key, x], [axis])[0];

/** `jnp.arange(n)` of a concrete Python or array integer. */
function concreteInt(x: Value, what: string): number {
  if (!(x instanceof ArrayValue)) throw concretizationError(x, what);
  return Number(x.scalar());
}

const pyInt = (n: number): Value => ArrayValue.pythonScalar("int", n);

export function permutation(key: Plain, x: Value, axisIn: number, independent: boolean): Value {
  const checked = checkPrngKey("permutation", key);
  checkArraylike("permutation", [x]);
  const ndim = x.aval.ndim;
  const axis = canonicalizeAxis(axisIn, ndim || 1);
  if (ndim === 0) {
    if (!isInteger(x.aval.dtype)) throw typeError("x must be an integer or at least 1-dimensional");
    const r = concreteInt(x, "argument x of jax.random.permutation()");
    return shuffle(checked.key, arange(pyInt(r), null, null, null), axis);
  }
  if (independent || ndim === 1) return shuffle(checked.key, x, axis);
  const ind = shuffle(checked.key, arange(pyInt(x.aval.shape[axis]), null, null, null), 0);
  return take(x, ind, axis, null, null, true, false, null);
}

interface ChoiceSetup {
  readonly key: Value;
  readonly arr: Value;
  readonly axis: number;
  readonly nInputs: number;
  readonly shape: number[];
  /** The shape of the result: `shape` in place of `a`'s axis. */
  readonly outShape: number[];
}

/** `choice`'s checks, in JAX's order; a value when no sample is drawn. */
function choiceSetup(
  key: Plain,
  a: Value,
  shapeIn: Plain,
  replace: boolean,
  axisIn: number,
): ChoiceSetup | Value {
  const checked = checkPrngKey("choice", key);
  if (!Array.isArray(shapeIn)) {
    throw typeError(`shape argument of jax.random.choice must be a sequence, got ${String(shapeIn)}`);
  }
  const shape = canonicalizeShape(shapeIn);
  checkArraylike("choice", [a]);
  const arr = asarray(a, null, null, null);
  let axis = axisIn;
  let nInputs: number;
  if (arr.aval.ndim === 0) nInputs = concreteInt(a, "The error occurred in jax.random.choice()");
  else {
    axis = canonicalizeAxis(axis, arr.aval.ndim);
    nInputs = arr.aval.shape[axis];
  }
  const nDraws = shapeSize(shape);
  if (nDraws === 0) return zeros(shape, arr.aval.dtype);
  if (nInputs <= 0) throw valueError("a must be greater than 0 unless no samples are taken");
  if (!replace && nDraws > nInputs) {
    throw valueError(
      `Cannot take a larger sample (size ${nDraws}) than population (size ${nInputs}) when 'replace=False'`,
    );
  }
  const s = arr.aval.shape;
  const outShape = arr.aval.ndim === 0 ? shape : [...s.slice(0, axis), ...shape, ...s.slice(axis + 1)];
  return { key: checked.key, arr, axis, nInputs, shape, outShape };
}

function checkedP(p: Value, nInputs: number): Value {
  checkArraylike("choice", [p]);
  const [pArr] = promoteDTypesInexact([p]);
  if (!(pArr.aval.ndim === 1 && pArr.aval.shape[0] === nInputs)) {
    throw valueError(
      "p must be None or a 1D vector with the same size as a.shape[axis]. " +
        `p has shape ${shapeStr(pArr.aval.shape)} and a.shape[axis] is ${nInputs}.`,
    );
  }
  return pArr;
}

/** The samples at indices `ind` (the indices themselves when `a` is a count), in the result's shape. */
function choiceResult(c: ChoiceSetup, ind: Value): Value {
  const result = c.arr.aval.ndim === 0 ? ind : take(c.arr, ind, c.axis, null, null, false, false, null);
  return reshape(result, c.outShape);
}

export function choice(
  key: Plain,
  a: Value,
  shapeIn: Plain,
  replace: boolean,
  p: Value | null,
  axisIn: number,
  mode: string | null,
): Value {
  if (p !== null && replace) {
    // JAX searches the cumulative sums with jnp.searchsorted, which the Python layer composes.
    throw notSupported("jax.random.choice with p and replace=True outside its Python wrapper");
  }
  const c = choiceSetup(key, a, shapeIn, replace, axisIn);
  if (!("outShape" in c)) return c;
  if (p !== null) {
    const pArr = checkedP(p, c.nInputs);
    // The Gumbel top-k trick.
    const g = add(gumbel(c.key, [c.nInputs], pArr.aval.dtype, mode), unaryInexact.log(pArr));
    return choiceResult(c, astype(topK(g, shapeSize(c.shape))[1], "int"));
  }
  if (replace) return choiceResult(c, randint(c.key, c.shape, pyInt(0), pyInt(c.nInputs), null));
  const permuted = permutation(c.key, c.arr.aval.ndim === 0 ? pyInt(c.nInputs) : c.arr, c.axis, false);
  const all = new PySlice(null, null, null);
  const result = rewritingTake(permuted, [
    ...new Array<PySlice>(c.axis).fill(all),
    new PySlice(null, shapeSize(c.shape), null),
  ]);
  return reshape(result, c.outShape);
}

/**
 * `choice` with `p` and `replace=True`, up to the search: the cumulative sums of `p` and the points `r` to
 * look up in them. Python's wrapper calls `jnp.searchsorted(p_cuml, r)` and takes the samples. Returns
 * `[result]` when no sample is drawn, else `[arr, p_cuml, r, axis, result shape]`.
 */
export function choiceCumulative(
  key: Plain,
  a: Value,
  shapeIn: Plain,
  p: Value,
  axisIn: number,
): ApiResult[] {
  const c = choiceSetup(key, a, shapeIn, true, axisIn);
  if (!("outShape" in c)) return [c];
  const pArr = checkedP(p, c.nInputs);
  const pCuml = cumsum(pArr, null, null);
  const last = rewritingTake(pCuml, [-1]);
  const dtype = pCuml.aval.dtype;
  const u = uniform(
    c.key,
    c.shape,
    dtype,
    ArrayValue.pythonScalar("float", 0),
    ArrayValue.pythonScalar("float", 1),
  );
  const r = multiply(last, subtract(pyInt(1), u));
  return [c.arr, pCuml, r, c.axis, c.outShape];
}
