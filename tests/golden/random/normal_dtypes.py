import jax
import jax.numpy as jnp

key = jax.random.key(2)
print(repr(jax.random.normal(key, (6,), jnp.float16)))
print(repr(jax.random.normal(key, (6,), jnp.bfloat16)))
print(repr(jax.random.normal(key, (6,), "float32")))
print(repr(jax.random.normal(key, (3,), dtype=float)))
