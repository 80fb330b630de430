import jax
import jax.numpy as jnp
from jax import lax


def cumprod(xs):
    return lax.scan(lambda c, x: (c * x, c * x), 1.0, xs)[1]


xs = jnp.array([1.0, 2.0, 3.0])
print(jax.jacrev(cumprod)(xs))
print(jax.jacfwd(cumprod)(xs))
