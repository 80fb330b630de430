import jax
import jax.numpy as jnp

key = jax.random.key(0)
print(jax.make_jaxpr(lambda k: jax.random.bernoulli(k))(key))
print(jax.make_jaxpr(lambda k, p: jax.random.bernoulli(k, p))(key, jnp.full((3,), 0.5)))
print(jax.make_jaxpr(lambda k, p: jax.random.bernoulli(k, p, (2, 3)))(key, jnp.full((3,), 0.5)))
print(jax.make_jaxpr(lambda k: jax.random.bernoulli(k, 0.25, (2,), mode="high"))(key))
