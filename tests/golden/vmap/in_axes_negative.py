import jax
import jax.numpy as jnp
from jax import lax

a = jnp.arange(24.0).reshape(2, 3, 4)
print(repr(jax.vmap(jnp.sum, in_axes=-1)(a)))
print(jax.make_jaxpr(jax.vmap(lambda x: jnp.max(x, axis=0), in_axes=-1))(a))
print(jax.make_jaxpr(jax.vmap(lambda x: x + 1.0, in_axes=-2, out_axes=-1))(a))
