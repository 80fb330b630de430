import jax
import jax.numpy as jnp
from jax import lax

def f(w, xs):
    return lax.scan(lambda c, x: (c + w * x, c), 0.0, xs)
print(jax.make_jaxpr(jax.vmap(f, in_axes=(0, None)))(jnp.arange(2.0), jnp.ones(3)))
print(jax.vmap(f, in_axes=(0, None))(jnp.arange(2.0), jnp.arange(3.0)))
print(jax.vmap(f, in_axes=(None, 0))(2.0, jnp.arange(6.0).reshape(2, 3)))
