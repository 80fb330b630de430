import jax
import jax.numpy as jnp
from jax import lax

a = jnp.ones((2, 3))
v = jnp.array([10.0, 20.0])
print(repr(jax.vmap(lambda x, u: x.at[0].add(u))(a, v)))
print(jax.make_jaxpr(jax.vmap(lambda x, u: x.at[0].add(u)))(a, v))
print(jax.make_jaxpr(jax.vmap(lambda u: jnp.zeros(3).at[1].add(u)))(v))
print(repr(jax.vmap(lambda u: jnp.zeros(3).at[1].add(u))(v)))
