import jax
import jax.numpy as jnp
from jax import lax

a = jnp.ones((2, 3))
b = jnp.arange(3.0)
f = lambda a, b: ((a + b) * (a - b)).sum()
print(jax.grad(f, argnums=(0, 1))(a, b))
print(jax.make_jaxpr(jax.grad(f, argnums=(0, 1)))(a, b))
g = lambda a, s: (a - s).sum() + (s - a).sum()
print(jax.make_jaxpr(jax.grad(g, argnums=(0, 1)))(a, 2.0))
