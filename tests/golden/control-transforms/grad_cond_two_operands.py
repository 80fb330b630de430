import jax
import jax.numpy as jnp
from jax import lax

def f(x, y):
    return lax.cond(x > y, lambda a, b: a * b, lambda a, b: a + jnp.exp(b), x, y)
print(jax.make_jaxpr(jax.grad(f, argnums=(0, 1)))(2.0, 1.0))
print(jax.grad(f, argnums=(0, 1))(2.0, 1.0))
print(jax.grad(f, argnums=(0, 1))(0.0, 1.0))
