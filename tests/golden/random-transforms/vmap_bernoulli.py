import jax
import jax.numpy as jnp

keys = jax.random.split(jax.random.PRNGKey(3), 3)
f = jax.vmap(lambda k: jax.random.bernoulli(k, 0.3, (6,)))
print(repr(f(keys)))
print(jax.make_jaxpr(f)(keys))
g = jax.vmap(lambda k, p: jax.random.bernoulli(k, p, (4,)))
print(repr(g(keys, jnp.array([0.1, 0.5, 0.9]))))
print(jax.make_jaxpr(g)(keys, jnp.array([0.1, 0.5, 0.9])))
