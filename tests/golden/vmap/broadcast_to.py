import jax
import jax.numpy as jnp
from jax import lax

a = jnp.arange(3.0)
print(repr(jax.vmap(lambda x: jnp.broadcast_to(x, (2, 2)))(a)))
print(jax.make_jaxpr(jax.vmap(lambda x: jnp.broadcast_to(x, (2, 2))))(a))
m = jnp.arange(6.0).reshape(2, 3)
print(jax.make_jaxpr(jax.vmap(lambda x: jnp.broadcast_to(x, (4, 3))))(m))
print(jax.make_jaxpr(jax.vmap(lambda x: jnp.broadcast_to(x, (4, 2)), in_axes=1))(m))
