import jax
import jax.numpy as jnp
from jax import lax


def f(x, y):
    return lax.cond(x > 0, lambda a, b: a * b, lambda a, b: a - jnp.sin(b), x, y)


print(jax.make_jaxpr(jax.grad(jax.jit(f), argnums=(0, 1)))(2.0, 3.0))
print(jax.grad(jax.jit(f), argnums=(0, 1))(2.0, 3.0))
print(jax.grad(jax.jit(f), argnums=(0, 1))(-2.0, 3.0))
