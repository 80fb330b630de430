import jax
import jax.numpy as jnp
from jax import lax

xs = jnp.arange(3)
print(repr(jax.vmap(lambda x: x * 1.5)(xs)))
print(repr(jax.vmap(lambda x: 2.5)(xs)))
print(jax.make_jaxpr(jax.vmap(lambda x: x + 1))(xs))
print(repr(jax.vmap(lambda x, y: x + y, in_axes=(0, None))(jnp.arange(3.0), 2)))
