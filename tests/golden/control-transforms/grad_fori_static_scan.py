import jax
import jax.numpy as jnp
from jax import lax

def f(x):
    return lax.fori_loop(0, 3, lambda i, v: jnp.sin(v) * x, x)
print(jax.make_jaxpr(jax.grad(f))(0.5))
print(jnp.round(jax.grad(f)(0.5), 5))
