import jax
import jax.numpy as jnp
from jax import lax

a = jnp.arange(24.0).reshape(2, 3, 4)
print(repr(jax.vmap(lambda x: x.reshape(4, 3))(a)))
print(jax.make_jaxpr(jax.vmap(lambda x: x.reshape(-1)))(a))
print(jax.make_jaxpr(jax.vmap(lambda x: x.T))(a))
print(jax.make_jaxpr(jax.vmap(lambda x: x.reshape(8), in_axes=1))(a))
print(repr(jax.vmap(lambda x: x.T, in_axes=2)(a)))
