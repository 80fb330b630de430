import jax
import jax.numpy as jnp
from jax import lax

a = jnp.arange(6.0).reshape(2, 3)
p = jnp.array([True, False])
print(repr(jax.vmap(lambda c, x: lax.select(c, x, -x))(p, a)))
print(jax.make_jaxpr(jax.vmap(lambda c, x: lax.select(c, x, -x)))(p, a))
print(jax.make_jaxpr(jax.vmap(lambda c, x: lax.select_n(c, x, -x), in_axes=(None, 0)))(jnp.array([0, 1, 0]), a))
