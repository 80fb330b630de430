import jax
import jax.numpy as jnp
from jax import lax

def w2(x):
    return lax.while_loop(lambda c: c[0] < 4, lambda c: (c[0] + 1, c[1] * 2.0 + 1.0), (0, x))
print(jax.make_jaxpr(jax.vmap(w2))(jnp.arange(3.0)))
print(jax.vmap(w2)(jnp.arange(3.0)))
