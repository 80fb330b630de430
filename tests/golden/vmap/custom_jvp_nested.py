import jax
import jax.numpy as jnp
from jax import lax

a = jnp.array([[-1.0, 2.0], [3.0, -4.0]])
print(repr(jax.vmap(jax.vmap(jax.nn.relu))(a)))
print(jax.make_jaxpr(jax.vmap(jax.vmap(jax.nn.relu)))(a))
print(jax.make_jaxpr(jax.vmap(jax.nn.relu, in_axes=1))(a))
