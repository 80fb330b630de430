import jax
import jax.numpy as jnp

key = jax.random.key(0)
print(jax.make_jaxpr(lambda k: jax.random.uniform(k))(key))
print(jax.make_jaxpr(lambda k: jax.random.uniform(k, (2, 3)))(key))
print(jax.make_jaxpr(lambda k: jax.random.uniform(k, (3,), jnp.float16))(key))
print(jax.make_jaxpr(lambda k: jax.random.uniform(k, (3,), jnp.bfloat16))(key))
print(jax.make_jaxpr(lambda k, lo, hi: jax.random.uniform(k, (2, 3), minval=lo, maxval=hi))(key, jnp.zeros(3), jnp.ones(3)))
print(jax.make_jaxpr(lambda k: jax.random.uniform(k, (2,), minval=-1.0, maxval=1.0))(jax.random.PRNGKey(0)))
