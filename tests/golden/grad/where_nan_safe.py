import jax
import jax.numpy as jnp
from jax import lax

f = lambda x: jnp.where(x > 0, jnp.sqrt(jnp.where(x > 0, x, 1.0)), 0.0)
print(jax.grad(f)(4.0), jax.grad(f)(-1.0))
print(jax.make_jaxpr(jax.grad(f))(4.0))
