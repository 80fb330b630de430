import jax
import jax.numpy as jnp
from jax import lax

print(repr(jax.vmap(lambda: jnp.ones(2), axis_size=3)()))
print(jax.make_jaxpr(jax.vmap(lambda x: jnp.ones(2) + x, in_axes=None, axis_size=3))(1.0))
print(repr(jax.vmap(lambda x: x * 2, in_axes=None, axis_size=2)(jnp.arange(3.0))))
