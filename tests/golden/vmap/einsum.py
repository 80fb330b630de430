import jax
import jax.numpy as jnp
from jax import lax

x = jnp.arange(24.0).reshape(2, 3, 4)
y = jnp.arange(8.0).reshape(2, 4)
print(repr(jax.vmap(lambda a, b: jnp.einsum("ij,j->i", a, b))(x, y)))
print(jax.make_jaxpr(jax.vmap(lambda a, b: jnp.einsum("ij,j->i", a, b)))(x, y))
print(jax.make_jaxpr(jax.vmap(lambda a: jnp.einsum("ij,kj->ik", a, a)))(x))
