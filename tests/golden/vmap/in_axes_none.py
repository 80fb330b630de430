import jax
import jax.numpy as jnp
from jax import lax

a = jnp.arange(6.0).reshape(2, 3)
w = jnp.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
print(repr(jax.vmap(lambda x, m: x @ m, in_axes=(0, None))(a, w)))
print(jax.make_jaxpr(jax.vmap(lambda x, m: x @ m, in_axes=(0, None)))(a, w))
print(jax.make_jaxpr(jax.vmap(lambda x, m: x @ m, in_axes=[0, None]))(a, w))
