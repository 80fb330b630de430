import jax
import jax.numpy as jnp

key = jax.random.PRNGKey(0)
print(repr(jax.random.gumbel(key)))
print(repr(jax.random.gumbel(key, (6,))))
print(repr(jax.random.gumbel(key, (2, 3), mode="high")))
print(repr(jax.random.gumbel(jax.random.key(4), (4,), jnp.float16)))
print(repr(jax.random.gumbel(jax.random.key(4), (4,), jnp.bfloat16, mode="high")))
try:
    jax.random.gumbel(key, (2,), mode="medium")
except ValueError as e:
    print("ValueError", e)
