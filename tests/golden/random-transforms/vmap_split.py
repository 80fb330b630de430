import jax
import jax.numpy as jnp

keys = jax.random.split(jax.random.PRNGKey(9), 3)
f = jax.vmap(lambda k: jax.random.split(k))
print(repr(f(keys)))
print(jax.make_jaxpr(f)(keys))
g = jax.vmap(lambda k: jax.random.split(k, (2, 2)))
print(g(keys).shape)
print(jax.make_jaxpr(g)(keys))
h = jax.vmap(jax.random.PRNGKey)
print(repr(h(jnp.arange(3))))
print(jax.make_jaxpr(h)(jnp.arange(3)))
t = jax.vmap(jax.random.key)
print(repr(t(jnp.arange(3))))
print(jax.make_jaxpr(t)(jnp.arange(3)))
