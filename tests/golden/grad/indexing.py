import jax
import jax.numpy as jnp
from jax import lax

x = jnp.arange(6.0).reshape(2, 3)
f = lambda x: x[1, 2] * x[0, 0]
print(jax.grad(f)(x))
print(jax.make_jaxpr(jax.grad(f))(x))
g = lambda x: x[jnp.array([0, 1, 1])].sum()
print(jax.grad(g)(x))
