import jax
import jax.numpy as jnp
from jax import lax

def f(xs):
    return lax.scan(lambda c, x: (c + x, x * c), jnp.zeros(2), xs)
print(jax.make_jaxpr(jax.vmap(f, out_axes=1))(jnp.ones((3, 4, 2))))
print(jax.vmap(f, out_axes=1)(jnp.arange(24.0).reshape(3, 4, 2)))
