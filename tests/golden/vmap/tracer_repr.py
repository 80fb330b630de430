import jax
import jax.numpy as jnp
from jax import lax

def f(x):
    print(x)
    print(repr(x))
    print(x.shape, x.dtype, x.ndim)
    return x
jax.vmap(f)(jnp.ones((3, 2)))
jax.vmap(jax.vmap(f))(jnp.ones((3, 2)))
