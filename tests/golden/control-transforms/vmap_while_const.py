import jax
import jax.numpy as jnp
from jax import lax

def f(limit, x):
    return lax.while_loop(lambda v: v < limit, lambda v: v + 3.0, x)
print(jax.make_jaxpr(jax.vmap(f, in_axes=(0, None)))(jnp.array([1.0, 10.0]), 0.0))
print(jax.vmap(f, in_axes=(0, None))(jnp.array([1.0, 10.0]), 0.0))
print(jax.vmap(f, in_axes=(None, 0))(10.0, jnp.array([1.0, 5.0, 20.0])))
