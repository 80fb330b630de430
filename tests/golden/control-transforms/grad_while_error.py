import jax
import jax.numpy as jnp
from jax import lax

def count(x):
    return lax.while_loop(lambda c: c[0] < 3, lambda c: (c[0] + 1, c[1] * c[1] + 1.0), (0, x))
try:
    jax.grad(lambda x: count(x)[1])(0.5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    jax.grad(lambda x, n: lax.fori_loop(0, n, lambda i, v: v * x, x))(0.5, 3)
except ValueError as e:
    print(type(e).__name__, e)
