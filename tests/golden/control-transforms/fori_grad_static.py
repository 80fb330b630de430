import jax
import jax.numpy as jnp
from jax import lax


def f(x):
    return lax.fori_loop(0, 4, lambda i, v: v * x + i, 1.0)


print(jax.grad(f)(1.5))
print(jax.make_jaxpr(jax.grad(f))(1.5))
print(jax.jvp(f, (1.5,), (1.0,)))
