import jax
import jax.numpy as jnp
from jax import lax

x = jnp.array([1.0, 3.0, 2.0])
y = jnp.array([2.0, 3.0, 1.0])
f = lambda x, y: (jnp.maximum(x, y) + jnp.minimum(x, y) * 2).sum()
print(jax.grad(f, argnums=(0, 1))(x, y))
print(jax.make_jaxpr(jax.grad(f))(x, y))
