import jax
import jax.numpy as jnp
from jax import lax

a = jnp.arange(6.0).reshape(2, 3)
def outer(x):
    return jax.vmap(lambda y: x * y + x.sum())(jnp.arange(4.0))
print(repr(jax.vmap(outer)(a)))
print(jax.make_jaxpr(jax.vmap(outer))(a))
