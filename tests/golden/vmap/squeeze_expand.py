import jax
import jax.numpy as jnp
from jax import lax

a = jnp.arange(6.0).reshape(2, 1, 3)
print(repr(jax.vmap(jnp.squeeze)(a)))
print(jax.make_jaxpr(jax.vmap(jnp.squeeze))(a))
print(jax.make_jaxpr(jax.vmap(lambda x: jnp.expand_dims(x, 0), in_axes=2))(a))
print(jax.make_jaxpr(jax.vmap(lambda x: x[None, :, None]))(a[:, 0]))
