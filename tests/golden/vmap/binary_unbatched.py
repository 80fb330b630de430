import jax
import jax.numpy as jnp
from jax import lax

a = jnp.arange(6.0).reshape(2, 3)
v = jnp.array([1.0, 2.0, 3.0])
print(repr(jax.vmap(lambda x, y: x + y, in_axes=(0, None))(a, v)))
print(jax.make_jaxpr(jax.vmap(lambda x, y: x + y, in_axes=(0, None)))(a, v))
print(jax.make_jaxpr(jax.vmap(lambda x, y: x * y, in_axes=(None, 0)))(v, a))
print(jax.make_jaxpr(jax.vmap(lambda x, y: x - y, in_axes=(1, None)))(a, jnp.ones(2)))
