import jax
import jax.numpy as jnp
from jax import lax

try:
    jax.grad(lambda x: x * 2)(jnp.ones(3))
except TypeError as e:
    print(type(e).__name__, e)
try:
    jax.grad(lambda x: x * 2)(jnp.ones((2, 2)))
except TypeError as e:
    print(type(e).__name__, e)
