import jax
import jax.numpy as jnp
from jax import lax

a = jnp.arange(6.0).reshape(2, 3)
print(repr(jax.vmap(jnp.outer)(a, a)))
print(jax.make_jaxpr(jax.vmap(jnp.outer))(a, a))
