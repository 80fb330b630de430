import jax
import jax.numpy as jnp

keys = jax.random.split(jax.random.PRNGKey(4), 3)
f = jax.vmap(lambda k: jax.random.permutation(k, 6))
print(repr(f(keys)))
print(jax.make_jaxpr(f)(keys))
x = jnp.arange(12.0).reshape(3, 4)
g = jax.vmap(lambda k, row: jax.random.permutation(k, row))
print(repr(g(keys, x)))
print(jax.make_jaxpr(g)(keys, x))
