import jax
import jax.numpy as jnp
from jax import lax

a = jnp.arange(12.0).reshape(3, 4)
idx = jnp.array([0, 3, 1])
print(repr(jax.vmap(lambda x, i: x[i])(a, idx)))
print(jax.make_jaxpr(jax.vmap(lambda x, i: x[i]))(a, idx))
v = jnp.arange(5.0)
print(repr(jax.vmap(lambda i: v[i])(idx)))
print(jax.make_jaxpr(jax.vmap(lambda i: v[i]))(idx))
