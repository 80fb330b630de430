import jax
import jax.numpy as jnp

print(repr(jax.random.uniform(jax.random.PRNGKey(0), (40,))))
print(repr(jax.random.uniform(jax.random.key(1), (40,), jnp.float16)))
print(repr(jax.random.uniform(jax.random.key(2), (40,), jnp.bfloat16, -3.0, 3.0)))
