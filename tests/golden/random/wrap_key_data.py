import jax
import jax.numpy as jnp

data = jnp.array([1, 2], dtype=jnp.uint32)
k = jax.random.wrap_key_data(data)
print(repr(k))
print(repr(jax.random.key_data(k)))
ks = jax.random.wrap_key_data(jnp.arange(6, dtype=jnp.uint32).reshape(3, 2))
print(repr(ks))
print(ks.shape)
print(repr(jax.random.normal(jax.random.wrap_key_data(jax.random.key_data(jax.random.key(3))), (2,))))
print(repr(jax.random.normal(jax.random.key(3), (2,))))
k2 = jax.random.wrap_key_data(data, impl="threefry2x32")
print(repr(jax.random.uniform(k2)))
