import jax
import jax.numpy as jnp
from jax import lax

x = jnp.arange(4.0)
f = lambda x: (jnp.cumsum(x) ** 2).sum()
print(jax.grad(f)(x))
print(jax.make_jaxpr(jax.grad(f))(x))
