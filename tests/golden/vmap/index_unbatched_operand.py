import jax
import jax.numpy as jnp
from jax import lax

table = jnp.arange(20.0).reshape(5, 4)
idx = jnp.array([4, 0, 2])
print(repr(jax.vmap(lambda i, t: t[i], in_axes=(0, None))(idx, table)))
print(jax.make_jaxpr(jax.vmap(lambda i, t: t[i], in_axes=(0, None)))(idx, table))
print(jax.make_jaxpr(jax.vmap(lambda t, i: t[:, i], in_axes=(None, 0)))(table, jnp.array([1, 2])))
