import jax
import jax.numpy as jnp
from jax import lax

def f(xs):
    c, _ = lax.scan(lambda c, x: (c * x, None), 1.0, xs)
    return c
print(jax.make_jaxpr(jax.grad(f))(jnp.array([1.0, 2.0, 3.0])))
print(jax.grad(f)(jnp.array([1.0, 2.0, 3.0])))
