import jax
import jax.numpy as jnp
from jax import lax

a = jnp.arange(12.0).reshape(3, 4)
print(repr(jax.vmap(lambda x: x[1])(a)))
print(jax.make_jaxpr(jax.vmap(lambda x: x[1]))(a))
print(jax.make_jaxpr(jax.vmap(lambda x: x[-1], in_axes=1))(a))
print(jax.make_jaxpr(jax.vmap(lambda x: x[1:3]))(a))
print(repr(jax.vmap(lambda x: x[::2])(a)))
