import jax
import jax.numpy as jnp

key = jax.random.key(0)
print(jax.make_jaxpr(lambda k: jax.random.choice(k, 5, (3,)))(key))
print(jax.make_jaxpr(lambda k, a: jax.random.choice(k, a, (2,)))(key, jnp.arange(4.0)))
print(jax.make_jaxpr(lambda k, a: jax.random.choice(k, a, (2,), replace=False))(key, jnp.arange(4.0)))
print(jax.make_jaxpr(lambda k: jax.random.choice(k, 4, (4,), replace=False))(key))
print(jax.make_jaxpr(lambda k, a: jax.random.choice(k, a, (2, 2), axis=1))(key, jnp.ones((3, 4))))
