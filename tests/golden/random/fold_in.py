import jax
import jax.numpy as jnp
import numpy as np

key = jax.random.PRNGKey(0)
for d in [0, 1, 7, 123456, 2**31 - 1, 2**32 - 1]:
    print(d, repr(jax.random.fold_in(key, d)))
print(repr(jax.random.fold_in(key, jnp.int32(3))))
print(repr(jax.random.fold_in(key, jnp.uint32(2**31 - 1) * 2)))
print(repr(jax.random.fold_in(key, np.int32(9))))
tk = jax.random.key(17)
print(repr(jax.random.fold_in(tk, 5)))
print(repr(jax.random.fold_in(jax.random.fold_in(tk, 1), 2)))
print(repr(jax.random.normal(jax.random.fold_in(tk, 3), (3,))))
