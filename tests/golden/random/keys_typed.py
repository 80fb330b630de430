import jax
import jax.numpy as jnp

k = jax.random.key(0)
print(repr(k))
print(k)
print(k.shape, k.ndim, k.size)
print(k.dtype)
print(repr(k.dtype))
print(k.dtype.itemsize)
for seed in [1, 42, -1, 2**33 + 9]:
    print(repr(jax.random.key(seed)))
print(repr(jax.random.key_data(jax.random.key(7))))
print(repr(jax.random.key_data(jax.random.PRNGKey(7))))
print(repr(jax.random.key(jnp.int32(11))))
print(repr(jax.random.key(0, impl="threefry2x32")))
