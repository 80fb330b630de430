import jax
import jax.numpy as jnp
from jax import lax

x = jnp.array([3.0, 4.0])
print(jax.grad(lambda x: jnp.linalg.norm(x))(x))
print(jax.grad(lambda x: jnp.var(x))(x))
print(jax.grad(lambda x: jnp.std(jnp.array([1.0, 2.0, 4.0]) * x[0]))(x))
