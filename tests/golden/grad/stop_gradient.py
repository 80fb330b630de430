import jax
import jax.numpy as jnp
from jax import lax

f = lambda x: lax.stop_gradient(x ** 2) * x + x
print(jax.grad(f)(3.0))
print(jax.make_jaxpr(jax.grad(f))(3.0))
y = jnp.arange(3.0)
g = lambda y: (jax.lax.stop_gradient(y) * y).sum()
print(jax.grad(g)(y))
