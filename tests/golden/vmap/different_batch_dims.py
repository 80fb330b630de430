import jax
import jax.numpy as jnp
from jax import lax

a = jnp.arange(6.0).reshape(2, 3)
b = jnp.arange(6.0).reshape(3, 2)
print(repr(jax.vmap(lambda x, y: x + y, in_axes=(0, 1))(a, b)))
print(jax.make_jaxpr(jax.vmap(lambda x, y: x + y, in_axes=(0, 1)))(a, b))
print(jax.make_jaxpr(jax.vmap(lambda x, y: x * y, in_axes=(1, 0)))(b, a))
