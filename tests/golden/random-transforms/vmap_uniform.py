import jax
import jax.numpy as jnp

keys = jax.random.split(jax.random.PRNGKey(1), 4)
f = jax.vmap(lambda k: jax.random.uniform(k, (3,), minval=-2.0, maxval=5.0))
print(repr(f(keys)))
print(jax.make_jaxpr(f)(keys))
h = jax.vmap(lambda k, lo: jax.random.uniform(k, (2,), minval=lo, maxval=lo + 1.0))
print(repr(h(keys, jnp.arange(4.0))))
print(jax.make_jaxpr(h)(keys, jnp.arange(4.0)))
