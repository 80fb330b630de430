import jax
import jax.numpy as jnp
from jax import lax

f = lambda x: lax.cond(x > 0, jnp.sin, lambda v: v * 2.0, x)
print(jax.make_jaxpr(jax.grad(f))(1.0))
print(jax.grad(f)(1.0), jax.grad(f)(-1.0))
