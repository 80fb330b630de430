import jax
import jax.numpy as jnp
from jax import lax

a = jnp.zeros((2, 5))
u = jnp.ones((2, 2))
s = jnp.array([0, 3])
print(repr(jax.vmap(lambda x, v, i: lax.dynamic_update_slice(x, v, (i,)))(a, u, s)))
print(jax.make_jaxpr(jax.vmap(lambda x, v, i: lax.dynamic_update_slice(x, v, (i,))))(a, u, s))
print(jax.make_jaxpr(jax.vmap(lambda x, v: lax.dynamic_update_slice(x, v, (1,)), in_axes=(0, None)))(a, u[0]))
