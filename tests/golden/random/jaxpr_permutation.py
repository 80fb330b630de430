import jax
import jax.numpy as jnp

key = jax.random.key(0)
print(jax.make_jaxpr(lambda k: jax.random.permutation(k, 4))(key))
print(jax.make_jaxpr(lambda k, x: jax.random.permutation(k, x))(key, jnp.arange(5.0)))
print(jax.make_jaxpr(lambda k, x: jax.random.permutation(k, x, axis=1, independent=True))(key, jnp.ones((2, 3))))
print(jax.make_jaxpr(lambda k, x: jax.random.permutation(k, x))(jax.random.PRNGKey(0), jnp.ones((3, 2))))
