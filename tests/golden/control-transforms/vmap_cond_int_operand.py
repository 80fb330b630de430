import jax
import jax.numpy as jnp
from jax import lax

def f(i, x):
    return lax.cond(i > 1, lambda a, b: a + b, lambda a, b: a - b, i, x)
print(jax.make_jaxpr(jax.vmap(f))(jnp.array([0, 2, 3]), jnp.array([1, 1, 1])))
print(jax.vmap(f)(jnp.array([0, 2, 3]), jnp.array([1, 1, 1])))
