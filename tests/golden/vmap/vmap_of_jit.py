import jax
import jax.numpy as jnp
from jax import lax

@jax.jit
def f(x):
    return jnp.sin(x) * 2.0
a = jnp.arange(6.0).reshape(2, 3)
print(repr(jax.vmap(f)(a)))
print(jax.make_jaxpr(jax.vmap(f))(a))
print(jax.make_jaxpr(jax.vmap(f, in_axes=1))(a))
