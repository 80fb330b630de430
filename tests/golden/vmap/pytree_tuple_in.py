import jax
import jax.numpy as jnp
from jax import lax

a = jnp.arange(6.0).reshape(2, 3)
def f(pair, scale):
    x, y = pair
    return (x + y) * scale
print(repr(jax.vmap(f, in_axes=((0, 1), None))((a, a.T), 2.0)))
print(jax.make_jaxpr(jax.vmap(f, in_axes=((0, 1), None)))((a, a.T), 2.0))
