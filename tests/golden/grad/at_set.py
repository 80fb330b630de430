import jax
import jax.numpy as jnp
from jax import lax

x = jnp.arange(4.0)
f = lambda x: (x.at[1].set(10.0) * x).sum()
print(jax.grad(f)(x))
g = lambda x: x.at[2].add(x[0]).sum()
print(jax.grad(g)(x))
