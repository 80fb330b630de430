import jax
import jax.numpy as jnp
from jax import lax

f = lambda x: x ** 3 + jnp.sin(x)
print(jax.grad(jax.grad(f))(0.5))
print(jax.grad(jax.grad(jax.grad(f)))(0.5))
print(jax.make_jaxpr(jax.grad(jax.grad(lambda x: jnp.exp(x) * x)))(0.5))
