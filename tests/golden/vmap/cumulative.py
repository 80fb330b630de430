import jax
import jax.numpy as jnp
from jax import lax

a = jnp.arange(12.0).reshape(3, 4)
print(repr(jax.vmap(jnp.cumsum)(a)))
print(repr(jax.vmap(jnp.cumprod, in_axes=1)(a)))
print(jax.make_jaxpr(jax.vmap(jnp.cumsum))(a))
print(jax.make_jaxpr(jax.vmap(lambda x: lax.cummax(x, reverse=True), in_axes=1))(a))
