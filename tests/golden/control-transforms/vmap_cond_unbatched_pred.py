import jax
import jax.numpy as jnp
from jax import lax

g = lambda p, x: lax.cond(p, lambda v: v * 2.0, lambda v: -v, x)
print(jax.make_jaxpr(jax.vmap(g, in_axes=(None, 0)))(True, jnp.arange(3.0)))
print(jax.vmap(g, in_axes=(None, 0))(True, jnp.arange(3.0)))
print(jax.vmap(g, in_axes=(None, 0))(False, jnp.arange(3.0)))
