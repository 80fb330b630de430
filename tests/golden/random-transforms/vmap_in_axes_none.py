import jax
import jax.numpy as jnp

key = jax.random.PRNGKey(7)
f = jax.vmap(lambda k, x: x * jax.random.normal(k, (3,)), in_axes=(None, 0))
x = jnp.arange(6.0).reshape(2, 3)
print(repr(f(key, x)))
print(jax.make_jaxpr(f)(key, x))
keys = jax.random.split(key, 2)
g = jax.vmap(lambda k, x: x + jax.random.uniform(k, (3,)), in_axes=(0, None))
print(repr(g(keys, jnp.ones(3))))
print(jax.make_jaxpr(g)(keys, jnp.ones(3)))
