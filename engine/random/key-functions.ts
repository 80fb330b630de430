// The key functions of jax.random (jax/_src/random/core.py): key, PRNGKey, split, fold_in, key_data,
// wrap_key_data, and `_check_prng_key`, which lets every sampler take a typed key or a raw uint32[2] key.
import { type Shape, ShapedArray, shapeStr } from "../core/aval.ts";
import { isExtended, isInteger } from "../core/dtypes.ts";
import { EngineError, notSupported, typeError, valueError } from "../core/errors.ts";
import { bind1 } from "../core/trace.ts";
import { ArrayValue, type Value } from "../core/values.ts";
import { indexInDim } from "../lax/slicing.ts";
import { type Plain, plainRepr } from "../numpy/array-args.ts";
import { asarray } from "../numpy/creation.ts";
import { KEY_DTYPE, isKeyDType } from "./keys.ts";
import {
  checkKeyData,
  randomBitsP,
  randomFoldInP,
  randomSeedP,
  randomSplitP,
  randomUnwrapP,
  randomWrapP,
} from "./primitives.ts";

const IMPL = { impl: "fry" } as const;

export const randomWrap = (data: Value): Value => {
  checkKeyData(data.aval);
  return bind1(randomWrapP, [data], IMPL);
};

export const randomUnwrap = (keys: Value): Value => {
  if (!isKeyDType(keys.aval.dtype)) {
    throw typeError(`random_unwrap takes key array operand, got keys.dtype=dtype('${keys.aval.dtype}')`);
  }
  return bind1(randomUnwrapP, [keys], {});
};

export const randomBits = (key: Value, bitWidth: 8 | 16 | 32, shape: Shape): Value =>
  bind1(randomBitsP, [key], { bit_width: bitWidth, shape: [...shape] });

/** A typed key, and whether it was a raw uint32 key that results must be unwrapped back to. */
export interface CheckedKey {
  readonly key: Value;
  readonly wrapped: boolean;
}

function isValue(x: unknown): x is Value {
  return x instanceof ArrayValue || (typeof x === "object" && x !== null && "aval" in x);
}

/** `_check_prng_key`: a typed key passes; a raw key array is wrapped (with JAX's checks of its data). */
export function checkPrngKey(name: string, key: Plain, allowBatched = false): CheckedKey {
  if (!isValue(key)) throw typeError(`unexpected PRNG key type ${pyTypeOf(key)}`);
  let checked: CheckedKey;
  if (isKeyDType(key.aval.dtype)) checked = { key, wrapped: false };
  else checked = { key: randomWrap(key), wrapped: true };
  if (!allowBatched && checked.key.aval.ndim) {
    throw valueError(
      `${name} accepts a single key, but was given a key array of shape ${shapeStr(key.aval.shape)} != (). ` +
        "Use jax.vmap for batching.",
    );
  }
  return checked;
}

function pyTypeOf(x: Plain): string {
  if (x === null) return "<class 'NoneType'>";
  if (typeof x === "boolean") return "<class 'bool'>";
  if (typeof x === "number") return Number.isInteger(x) ? "<class 'int'>" : "<class 'float'>";
  if (typeof x === "string") return "<class 'str'>";
  return "<class 'list'>";
}

/** `_return_prng_keys`: raw keys in, raw keys out. */
export const returnKeys = (wrapped: boolean, keys: Value): Value => (wrapped ? randomUnwrap(keys) : keys);

/**
 * `_key`: the seed is a scalar integer (the front end has already turned a Python int into the int32
 * that `jnp.asarray(np.int64(seed))` gives with x64 off).
 */
export function seedKeys(ctorName: string, seed: Value): Value {
  if (isExtended(seed.aval.dtype))
    throw typeError(`${ctorName} accepts a scalar seed, but was given a PRNG key.`);
  if (seed.aval.ndim) {
    throw typeError(
      `${ctorName} accepts a scalar seed, but was given an array of shape ${shapeStr(seed.aval.shape)} != (). ` +
        "Use jax.vmap for batching",
    );
  }
  return bind1(randomSeedP, [seed], IMPL);
}

/** `_split`: a single typed key into keys of `shape`. */
export function splitKeys(key: Value, shape: Shape): Value {
  if (key.aval.ndim) {
    throw typeError(
      `split accepts a single key, but was given a key array of shape ${shapeStr(key.aval.shape)} != (). ` +
        "Use jax.vmap for batching.",
    );
  }
  return bind1(randomSplitP, [key], { shape: [...shape] });
}

/** `k1, k2 = _split(key)`: iterating a key array indexes it along its first axis. */
export function splitPair(key: Value): [Value, Value] {
  const keys = splitKeys(key, [2]);
  return [indexInDim(keys, 0, 0, false), indexInDim(keys, 1, 0, false)];
}

/** `split(key, num)`: num is an int or a tuple of ints. */
export function split(key: Plain, num: Plain): Value {
  const checked = checkPrngKey("split", key);
  const shape = Array.isArray(num) ? (num as Plain[]).map(toInt) : [toInt(num)];
  return returnKeys(checked.wrapped, splitKeys(checked.key, shape));
}

function toInt(x: Plain): number {
  if (typeof x === "number" && Number.isInteger(x)) return x;
  if (typeof x === "number") throw typeError("'float' object cannot be interpreted as an integer");
  if (typeof x === "boolean") return Number(x);
  if (x instanceof ArrayValue && x.aval.ndim === 0 && isInteger(x.dtype)) return Number(x.scalar());
  throw typeError(`Shapes must be 1D sequences of concrete values of integer type, got ${plainRepr([x])}.`);
}

/** `jnp.asarray(data, dtype='uint32')`: a Python int must fit in uint32. */
function uint32Data(data: Plain): Value {
  if (typeof data === "number" || typeof data === "boolean") {
    const n = Number(data);
    if (!Number.isInteger(n)) return asarray(ArrayValue.pythonScalar("float", n), "uint32", null, null);
    if (n < 0 || n > 2 ** 32 - 1)
      throw new EngineError("OverflowError", `Python integer ${n} out of bounds for uint32`);
    return ArrayValue.fromNumbers(new ShapedArray([], "uint32"), [n], "numpy");
  }
  if (!isValue(data)) throw typeError(`fold_in accepts a scalar, but was given ${plainRepr(data)}`);
  return asarray(data, "uint32", null, null);
}

export function foldIn(key: Plain, dataIn: Plain): Value {
  const checked = checkPrngKey("fold_in", key);
  const data = uint32Data(dataIn);
  if (data.aval.ndim) {
    throw typeError(
      `fold_in accepts a scalar, but was given an array ofshape ${shapeStr(data.aval.shape)} != (). ` +
        "Use jax.vmap for batching.",
    );
  }
  return returnKeys(checked.wrapped, bind1(randomFoldInP, [checked.key, data], {}));
}

export function keyData(keys: Plain): Value {
  const checked = checkPrngKey("key_data", keys, true);
  return randomUnwrap(checked.key);
}

export function wrapKeyData(data: Value, impl: string | null): Value {
  checkImpl(impl);
  return randomWrap(data);
}

/** `resolve_prng_impl`: None, "threefry2x32" or the key dtype itself (named by the front end `key<fry>`). */
export function checkImpl(impl: string | null): void {
  if (impl !== null && impl !== "threefry2x32" && impl !== KEY_DTYPE) throw notThreefry(impl);
}

const OTHER_IMPLS = ["philox2x32", "philox4x32", "rbg", "unsafe_rbg", "threefry4x32"];

/** `resolve_prng_impl` for anything but threefry2x32, the one implementation Traceur has. */
export function notThreefry(impl: string): Error {
  if (OTHER_IMPLS.includes(impl)) return notSupported(`the PRNG implementation '${impl}'`);
  return valueError(
    `unrecognized PRNG implementation "${impl}". Did you mean one of: "philox2x32", "philox4x32", ` +
      '"threefry2x32", "rbg", "unsafe_rbg", "threefry4x32"?',
  );
}
