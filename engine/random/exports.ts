// The Python-visible functions of jax.random. The Python module (pkg/jax/random.py) turns Python int seeds
// into int32 first, as `jnp.asarray(np.int64(seed))` does with x64 off.
import type { Value } from "../core/values.ts";
import { type Plain, exportJnp } from "../numpy/array-args.ts";
import {
  checkPrngKey,
  foldIn,
  keyData,
  checkImpl,
  returnKeys,
  seedKeys,
  split,
  wrapKeyData,
} from "./key-functions.ts";
import {
  categorical,
  cauchy,
  exponential,
  laplace,
  logistic,
  lognormal,
  pareto,
  rademacher,
  rayleigh,
  gumbel,
  truncatedNormal,
} from "./distributions.ts";
import { bernoulli, bits, normal, randint, uniform } from "./samplers.ts";
import { choice, choiceCumulative, permutation } from "./shuffle.ts";
import "./primitives.ts";

const RANDOM = "jax.random";
const A = "array";
const KEY = { key: "plain" } as const;

exportJnp(
  "_seed",
  "ctor_name, seed, impl",
  { seed: A },
  ((ctor: string, seed: Value, impl: string | null) => {
    checkImpl(impl);
    const keys = seedKeys(ctor, seed);
    return ctor === "PRNGKey" ? returnKeys(true, keys) : keys;
  }) as never,
  RANDOM,
);
exportJnp("split", "key, num=2", KEY, split as never, RANDOM);
exportJnp("fold_in", "key, data", KEY, foldIn as never, RANDOM);
exportJnp("key_data", "keys", { keys: "plain" }, keyData as never, RANDOM);
exportJnp(
  "key_impl",
  "keys",
  { keys: "plain" },
  ((keys: Plain) => {
    checkPrngKey("key_impl", keys, true);
    return "threefry2x32";
  }) as never,
  RANDOM,
);
exportJnp(
  "_wrap_key_data",
  "key_bits_array, impl",
  { key_bits_array: A },
  ((data: Value, impl: string | null) => wrapKeyData(data, impl)) as never,
  RANDOM,
);
exportJnp(
  "bits",
  "key, shape=(), dtype=None, *, out_sharding=None",
  { ...KEY, dtype: "dtype" },
  bits as never,
  RANDOM,
);
exportJnp(
  "uniform",
  "key, shape=(), dtype=None, minval=0.0, maxval=1.0, *, out_sharding=None",
  { ...KEY, dtype: "dtype", minval: A, maxval: A },
  uniform as never,
  RANDOM,
);
exportJnp(
  "normal",
  "key, shape=(), dtype=None, *, out_sharding=None",
  { ...KEY, dtype: "dtype" },
  normal as never,
  RANDOM,
);
exportJnp(
  "randint",
  "key, shape, minval, maxval, dtype=None, *, out_sharding=None",
  { ...KEY, dtype: "dtype", minval: A, maxval: A },
  randint as never,
  RANDOM,
);
exportJnp(
  "bernoulli",
  "key, p=0.5, shape=None, mode='low', *, out_sharding=None",
  { ...KEY, p: A },
  ((key: Plain, p: Value, shape: Plain, mode: string) => bernoulli(key, p, shape, mode)) as never,
  RANDOM,
);
exportJnp(
  "exponential",
  "key, shape=(), dtype=None, *, out_sharding=None",
  { ...KEY, dtype: "dtype" },
  exponential as never,
  RANDOM,
);
exportJnp(
  "permutation",
  "key, x, axis=0, independent=False, *, out_sharding=None",
  { ...KEY, x: A },
  permutation as never,
  RANDOM,
);
exportJnp(
  "choice",
  "key, a, shape=(), replace=True, p=None, axis=0, mode=None",
  { ...KEY, a: A, p: "optarray" },
  choice as never,
  RANDOM,
);
exportJnp(
  "_choice_cumulative",
  "key, a, shape, p, axis",
  { ...KEY, a: A, p: A },
  choiceCumulative as never,
  RANDOM,
);
exportJnp(
  "gumbel",
  "key, shape=(), dtype=None, mode=None, *, out_sharding=None",
  { ...KEY, dtype: "dtype" },
  gumbel as never,
  RANDOM,
);
exportJnp(
  "truncated_normal",
  "key, lower, upper, shape=None, dtype=None, *, out_sharding=None",
  { ...KEY, lower: A, upper: A, dtype: "dtype" },
  truncatedNormal as never,
  RANDOM,
);
exportJnp(
  "categorical",
  "key, logits, axis=-1, shape=None, replace=True, mode=None, *, out_sharding=None",
  { ...KEY, logits: A },
  categorical as never,
  RANDOM,
);
for (const [name, fn] of [
  ["cauchy", cauchy],
  ["laplace", laplace],
  ["logistic", logistic],
  ["rademacher", rademacher],
] as const) {
  exportJnp(
    name,
    "key, shape=(), dtype=None, *, out_sharding=None",
    { ...KEY, dtype: "dtype" },
    fn as never,
    RANDOM,
  );
}
exportJnp(
  "pareto",
  "key, b, shape=None, dtype=None, *, out_sharding=None",
  { ...KEY, b: A, dtype: "dtype" },
  pareto as never,
  RANDOM,
);
exportJnp(
  "lognormal",
  "key, sigma=None, shape=None, dtype=None, *, out_sharding=None",
  { ...KEY, sigma: "optarray", dtype: "dtype" },
  lognormal as never,
  RANDOM,
);
exportJnp(
  "rayleigh",
  "key, scale, shape=None, dtype=None, *, out_sharding=None",
  { ...KEY, scale: A, dtype: "dtype" },
  rayleigh as never,
  RANDOM,
);
