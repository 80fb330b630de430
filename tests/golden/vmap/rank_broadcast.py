import jax
import jax.numpy as jnp
from jax import lax

m = jnp.arange(12.0).reshape(2, 2, 3)
v = jnp.arange(6.0).reshape(2, 3)
print(repr(jax.vmap(lambda x, y: x + y)(m, v)))
print(jax.make_jaxpr(jax.vmap(lambda x, y: x + y))(m, v))
print(jax.make_jaxpr(jax.vmap(lambda x, y: x * y))(v, m))
s = jnp.arange(2.0)
print(jax.make_jaxpr(jax.vmap(lambda x, y: x + y))(m, s))
