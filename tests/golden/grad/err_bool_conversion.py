import jax
import jax.numpy as jnp
from jax import lax

def f(x):
    if x > 0:
        return x
    return -x

print(jax.grad(f)(2.0), jax.grad(f)(-2.0))
try:
    jax.jit(jax.grad(f))(1.0)
except Exception as e:
    print(type(e).__name__, str(e).splitlines()[0])
