import jax
import jax.numpy as jnp
from jax import lax

a = jnp.array([[-1.0, 0.5, 2.0], [3.0, -0.5, 0.0]])
print(repr(jax.vmap(jax.nn.gelu)(a)))
print(repr(jax.vmap(jax.nn.sigmoid)(a)))
print(jax.make_jaxpr(jax.vmap(jax.nn.gelu))(a))
print(jax.make_jaxpr(jax.vmap(jax.nn.sigmoid, in_axes=1))(a))
