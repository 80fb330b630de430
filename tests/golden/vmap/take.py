import jax
import jax.numpy as jnp
from jax import lax

a = jnp.arange(12.0).reshape(3, 4)
idx = jnp.array([[0, 2], [1, 1], [3, 0]])
print(repr(jax.vmap(jnp.take)(a, idx)))
print(jax.make_jaxpr(jax.vmap(jnp.take))(a, idx))
print(repr(jax.vmap(lambda x, i: jnp.take_along_axis(x, i, axis=0))(a, idx)))
