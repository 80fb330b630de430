import jax
import jax.numpy as jnp
from jax import lax

x = jnp.arange(6.0)
f = lambda x: (x[1:4] * x[:3]).sum()
print(jax.grad(f)(x))
print(jax.make_jaxpr(jax.grad(f))(x))
