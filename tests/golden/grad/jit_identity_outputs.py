import jax
import jax.numpy as jnp
from jax import lax

@jax.jit
def h(x, y):
    return x, x * y, y

def f(x, y):
    a, b, c = h(x, y)
    return a + b + c

print(jax.grad(f, argnums=(0, 1))(2.0, 3.0))
print(jax.make_jaxpr(jax.grad(f, argnums=(0, 1)))(2.0, 3.0))
