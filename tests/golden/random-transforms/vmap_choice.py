import jax
import jax.numpy as jnp

keys = jax.random.split(jax.random.PRNGKey(5), 3)
f = jax.vmap(lambda k: jax.random.choice(k, 10, (4,)))
print(repr(f(keys)))
print(jax.make_jaxpr(f)(keys))
g = jax.vmap(lambda k: jax.random.choice(k, jnp.arange(5.0), (3,), replace=False))
print(repr(g(keys)))
print(jax.make_jaxpr(g)(keys))
