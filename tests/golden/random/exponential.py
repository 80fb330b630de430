import jax
import jax.numpy as jnp

key = jax.random.PRNGKey(0)
print(repr(jax.random.exponential(key)))
print(repr(jax.random.exponential(key, (5,))))
print(repr(jax.random.exponential(jax.random.key(3), (2, 2), jnp.float16)))
print(jax.make_jaxpr(lambda k: jax.random.exponential(k, (3,)))(key))
