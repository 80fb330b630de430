import jax
import jax.numpy as jnp
from jax import lax

x = jnp.arange(6.0)
f = lambda x: (x.reshape(2, 3).T * jnp.arange(6.0).reshape(3, 2)).sum()
print(jax.grad(f)(x))
print(jax.make_jaxpr(jax.grad(f))(x))
g = lambda x: jnp.transpose(x.reshape(1, 2, 3), (2, 0, 1)).sum(axis=(0, 1))[1]
print(jax.make_jaxpr(jax.grad(g))(x))
