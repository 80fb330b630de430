import jax
import jax.numpy as jnp
from jax import lax

a = jnp.arange(6.0).reshape(2, 3)
b = jnp.arange(4.0)
outer = jax.vmap(jax.vmap(lambda x, y: x * y, in_axes=(0, None)), in_axes=(None, 0))
print(repr(outer(a[0], b)))
print(jax.make_jaxpr(outer)(a[0], b))
print(jax.make_jaxpr(jax.vmap(jax.vmap(jnp.sum)))(jnp.ones((2, 3, 4))))
print(repr(jax.vmap(jax.vmap(lambda x: x ** 2))(a)))
