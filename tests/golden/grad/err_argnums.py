import jax
import jax.numpy as jnp
from jax import lax

try:
    jax.grad(lambda x, y: x * y, argnums=2)(1.0, 2.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    jax.jvp(lambda x: x, 1.0, 1.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    jax.jvp(lambda x: x, (1.0,), (jnp.ones(2),))
except ValueError as e:
    print(type(e).__name__, e)
