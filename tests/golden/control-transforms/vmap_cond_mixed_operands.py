import jax
import jax.numpy as jnp
from jax import lax

def f(p, x, y):
    return lax.cond(p, lambda a, b: (a + b, a), lambda a, b: (a * b, b), x, y)
print(jax.make_jaxpr(jax.vmap(f, in_axes=(None, 0, None)))(True, jnp.ones(3), 2.0))
print(jax.vmap(f, in_axes=(None, 0, None))(True, jnp.arange(3.0), 2.0))
print(jax.make_jaxpr(jax.vmap(f, in_axes=(0, None, 0)))(jnp.array([True, False]), 1.5, jnp.ones(2)))
print(jax.vmap(f, in_axes=(0, None, 0))(jnp.array([True, False]), 1.5, jnp.arange(2.0)))
