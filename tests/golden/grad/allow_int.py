import jax
import jax.numpy as jnp
from jax import lax

f = lambda x, n: x * 2.0
print(jax.grad(f, allow_int=True)(3.0, 2))
print(jax.grad(lambda x: x * x, allow_int=True)(3.0))
