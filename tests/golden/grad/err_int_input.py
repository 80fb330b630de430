import jax
import jax.numpy as jnp
from jax import lax

try:
    jax.grad(lambda x: x * 2)(3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    jax.grad(lambda x: x.sum())(jnp.arange(3))
except TypeError as e:
    print(type(e).__name__, e)
try:
    jax.grad(lambda x: (x * 2).astype(int))(1.0)
except TypeError as e:
    print(type(e).__name__, e)
