import jax
import jax.numpy as jnp
from jax import lax

@jax.jit
def h(x, y):
    return x * y + 1.0
a = jnp.arange(6.0).reshape(2, 3)
v = jnp.ones(3)
print(repr(jax.vmap(h, in_axes=(0, None))(a, v)))
print(jax.make_jaxpr(jax.vmap(h, in_axes=(0, None)))(a, v))
print(jax.make_jaxpr(jax.vmap(lambda x: h(x, x) + h(x, 2.0)))(a))
