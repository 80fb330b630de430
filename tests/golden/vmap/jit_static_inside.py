import jax
import jax.numpy as jnp
from jax import lax

from functools import partial
@partial(jax.jit, static_argnums=1)
def power(x, n):
    return x ** n
a = jnp.arange(6.0).reshape(2, 3)
print(repr(jax.vmap(lambda x: power(x, 3))(a)))
print(jax.make_jaxpr(jax.vmap(lambda x: power(x, 3)))(a))
