import jax
import jax.numpy as jnp
from jax import lax

f = lambda x: lax.fori_loop(0, 3, lambda i, v: v * x, 1.0)
print(jax.make_jaxpr(jax.vmap(f))(jnp.ones(2)))
print(jax.vmap(f)(jnp.array([2.0, 3.0])))
