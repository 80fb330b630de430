import jax
import jax.numpy as jnp
from jax import lax

def count(n):
    return lax.while_loop(lambda c: c[0] < n, lambda c: (c[0] + 1, c[1] * 2.0), (0, 1.0))
print(jax.make_jaxpr(jax.vmap(count))(jnp.array([1, 3, 5])))
print(jax.vmap(count)(jnp.array([1, 3, 5])))
