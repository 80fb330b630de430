import jax
import jax.numpy as jnp

keys = jax.random.split(jax.random.PRNGKey(12), 6).reshape(2, 3, 2)
f = jax.vmap(jax.vmap(lambda k: jax.random.normal(k, (2,))))
print(repr(f(keys)))
print(jax.make_jaxpr(f)(keys))
tkeys = jax.random.split(jax.random.key(12), (2, 3))
g = jax.vmap(jax.vmap(lambda k: jax.random.uniform(k)))
print(repr(g(tkeys)))
print(jax.make_jaxpr(g)(tkeys))
