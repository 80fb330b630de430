import jax
import jax.numpy as jnp
from jax import lax

a = jnp.arange(12.0).reshape(4, 3)
m = jnp.arange(6.0).reshape(3, 2)
print(repr(jax.vmap(lambda v: v @ m)(a)))
print(jax.make_jaxpr(jax.vmap(lambda v: v @ m))(a))
print(jax.make_jaxpr(jax.vmap(lambda v: m.T @ v))(a))
print(jax.make_jaxpr(jax.vmap(lambda v, w: jnp.dot(w, v), in_axes=(1, None)))(m, jnp.ones(3)))
