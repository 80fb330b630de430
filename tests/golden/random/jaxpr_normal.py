import jax
import jax.numpy as jnp

key = jax.random.key(0)
print(jax.make_jaxpr(lambda k: jax.random.normal(k))(key))
print(jax.make_jaxpr(lambda k: jax.random.normal(k, (2, 2)))(jax.random.PRNGKey(0)))
print(jax.make_jaxpr(lambda k: jax.random.normal(k, (4,), jnp.float16))(key))
print(jax.make_jaxpr(lambda k: jax.random.normal(k, (2,)) * 2.0 + 1.0)(key))
