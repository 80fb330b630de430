import jax
import jax.numpy as jnp
from jax import lax

a = jnp.arange(6.0).reshape(2, 3)
def f(x):
    g = jax.jit(lambda y: y + x)
    return g(jnp.ones(3))
print(repr(jax.vmap(f)(a)))
print(jax.make_jaxpr(jax.vmap(f))(a))
