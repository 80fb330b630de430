import jax
import jax.numpy as jnp
from jax import lax

m = jnp.arange(24.0).reshape(2, 3, 4)
i = jnp.array([0, 2])
j = jnp.array([3, 1])
print(repr(jax.vmap(lambda x, a, b: x[a, b])(m, i, j)))
print(jax.make_jaxpr(jax.vmap(lambda x, a, b: x[a, b]))(m, i, j))
print(jax.make_jaxpr(jax.vmap(lambda a, b: m[0][a, b]))(i, j))
