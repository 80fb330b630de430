import jax
import jax.numpy as jnp
from jax import lax

x = jnp.arange(24.0).reshape(2, 3, 4)
y = jnp.arange(40.0).reshape(2, 4, 5)
print(repr(jax.vmap(jnp.matmul)(x, y)))
print(jax.make_jaxpr(jax.vmap(jnp.matmul))(x, y))
print(jax.make_jaxpr(jax.vmap(jnp.matmul, in_axes=(0, None)))(x, y[0]))
print(jax.make_jaxpr(jax.vmap(jnp.matmul, in_axes=(None, 0)))(x[0], y))
