import jax
import jax.numpy as jnp
from jax import lax

x = jnp.arange(3.0)
y = jnp.arange(2.0)
f = lambda x, y: (jnp.concatenate([x, y, x]) ** 2).sum()
print(jax.grad(f, argnums=(0, 1))(x, y))
print(jax.make_jaxpr(jax.grad(f, argnums=(0, 1)))(x, y))
