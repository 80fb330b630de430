import jax
import jax.numpy as jnp
from jax import lax

a = jnp.arange(12.0).reshape(3, 4)
ii = jnp.array([[0, 1], [2, 3], [3, 3]])
print(repr(jax.vmap(lambda x, i: x[i])(a, ii)))
print(jax.make_jaxpr(jax.vmap(lambda x, i: x[i]))(a, ii))
print(jax.make_jaxpr(jax.vmap(lambda x: x[jnp.array([0, 2])]))(a))
