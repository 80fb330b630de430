import jax
import jax.numpy as jnp
from jax import lax

y, f_vjp = jax.vjp(lambda x: x * 2, jnp.ones(3))
try:
    f_vjp(jnp.ones(2))
except ValueError as e:
    print(type(e).__name__, e)
try:
    f_vjp(jnp.ones(3, dtype=jnp.int32))
except ValueError as e:
    print(type(e).__name__, e)
