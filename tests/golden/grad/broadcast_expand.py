import jax
import jax.numpy as jnp
from jax import lax

x = jnp.arange(3.0)
f = lambda x: (jnp.broadcast_to(x, (2, 3)) * jnp.arange(6.0).reshape(2, 3)).sum()
print(jax.grad(f)(x))
print(jax.make_jaxpr(jax.grad(f))(x))
g = lambda x: (x[:, None] * x[None, :]).sum()
print(jax.grad(g)(x))
print(jax.make_jaxpr(jax.grad(g))(x))
h = lambda x: jnp.expand_dims(x, 0).squeeze().sum()
print(jax.make_jaxpr(jax.grad(h))(x))
