import jax
import jax.numpy as jnp
from jax import lax

a = jnp.arange(6).reshape(2, 3)
print(repr(jax.vmap(lambda x: x ** 2)(a)))
print(repr(jax.vmap(lambda x: x & 1)(a)))
print(jax.make_jaxpr(jax.vmap(lambda x: (x << 1) | (x >> 1)))(a))
print(jax.make_jaxpr(jax.vmap(lambda x: x ** 3))(a))
