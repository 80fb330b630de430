import jax
import jax.numpy as jnp
from jax import lax

a = jnp.array([[3.0, 1.0, 2.0], [0.0, 5.0, -1.0]])
print(repr(jax.vmap(jnp.sort)(a)))
print(repr(jax.vmap(jnp.sort, in_axes=1)(a)))
print(jax.make_jaxpr(jax.vmap(jnp.sort))(a))
print(repr(jax.vmap(jnp.argsort)(a)))
print(jax.make_jaxpr(jax.vmap(jnp.argsort, in_axes=1))(a))
