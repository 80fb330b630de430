import jax
import jax.numpy as jnp
from jax import lax

def f(c0, xs):
    c, ys = lax.scan(lambda c, x: (c * 0.5 + x, c), c0, xs)
    return c + ys.sum()
print(jax.make_jaxpr(jax.grad(f))(1.0, jnp.ones(3)))
print(jax.grad(f, argnums=(0, 1))(1.0, jnp.arange(3.0)))
