import jax
import jax.numpy as jnp
from jax import lax

a = jnp.zeros((3, 4))
idx = jnp.array([0, 2, 3])
print(repr(jax.vmap(lambda x, i: x.at[i].set(1.0))(a, idx)))
print(jax.make_jaxpr(jax.vmap(lambda x, i: x.at[i].set(1.0)))(a, idx))
print(jax.make_jaxpr(jax.vmap(lambda x: x.at[1].set(5.0)))(a))
