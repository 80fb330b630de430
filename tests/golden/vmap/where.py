import jax
import jax.numpy as jnp
from jax import lax

a = jnp.array([[1.0, -2.0, 3.0], [-4.0, 5.0, -6.0]])
print(repr(jax.vmap(lambda x: jnp.where(x > 0, x, 0.0))(a)))
print(jax.make_jaxpr(jax.vmap(lambda x: jnp.where(x > 0, x, -x)))(a))
print(jax.make_jaxpr(jax.vmap(lambda x, y: jnp.where(x > 0, x, y), in_axes=(0, None)))(a, jnp.ones(3)))
print(jax.make_jaxpr(jax.vmap(lambda c, x: jnp.where(c, x, 0.0), in_axes=(0, None)))(jnp.array([True, False]), a))
