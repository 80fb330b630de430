import jax
import jax.numpy as jnp
from jax import lax

a = jnp.arange(6.0).reshape(2, 3) + 1
idx = jnp.array([2, 0])
print(repr(jax.vmap(lambda x, i: x.at[i].mul(3.0))(a, idx)))
print(repr(jax.vmap(lambda x, i: x.at[i].max(2.5))(a, idx)))
print(jax.make_jaxpr(jax.vmap(lambda x, i: x.at[i].min(0.0)))(a, idx))
