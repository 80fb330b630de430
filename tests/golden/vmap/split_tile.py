import jax
import jax.numpy as jnp
from jax import lax

a = jnp.arange(12.0).reshape(2, 6)
print(jax.vmap(lambda x: jnp.split(x, 3))(a))
print(jax.make_jaxpr(jax.vmap(lambda x: jnp.split(x, [2, 4])))(a))
print(repr(jax.vmap(lambda x: jnp.tile(x, 2))(a[:, :2])))
print(jax.make_jaxpr(jax.vmap(lambda x: jnp.tile(x, 2), in_axes=1))(a))
