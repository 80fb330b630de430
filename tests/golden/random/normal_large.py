import jax
import jax.numpy as jnp

print(repr(jax.random.normal(jax.random.PRNGKey(0), (64,))))
print(repr(jax.random.normal(jax.random.key(1), (32,), jnp.float16)))
print(repr(jax.random.normal(jax.random.key(2), (32,), jnp.bfloat16)))
x = jax.random.normal(jax.random.key(3), (10000,))
print(x.min(), x.max())
