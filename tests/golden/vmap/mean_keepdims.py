import jax
import jax.numpy as jnp
from jax import lax

a = jnp.arange(24.0).reshape(2, 3, 4)
print(repr(jax.vmap(lambda x: x - x.mean(axis=1, keepdims=True))(a)))
print(jax.make_jaxpr(jax.vmap(lambda x: x - x.mean(axis=1, keepdims=True)))(a))
print(jax.make_jaxpr(jax.vmap(lambda x: x.sum(axis=(0, 1)), in_axes=1))(a))
