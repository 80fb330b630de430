import jax
import jax.numpy as jnp
from jax import lax

a = jnp.arange(6.0).reshape(2, 3)
def f(x, y=None):
    return x + y
print(repr(jax.vmap(f)(a, y=a)))
print(jax.make_jaxpr(lambda p, q: jax.vmap(f)(p, y=q))(a, a))
