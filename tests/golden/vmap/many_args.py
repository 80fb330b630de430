import jax
import jax.numpy as jnp
from jax import lax

a = jnp.arange(6.0).reshape(2, 3)
def f(x, y, z, w):
    return x * y + z - w
print(repr(jax.vmap(f, in_axes=(0, None, 1, None))(a, 2.0, a.T, jnp.ones(3))))
print(jax.make_jaxpr(jax.vmap(f, in_axes=(0, None, 1, None)))(a, 2.0, a.T, jnp.ones(3)))
