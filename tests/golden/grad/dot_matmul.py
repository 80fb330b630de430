import jax
import jax.numpy as jnp
from jax import lax

a = jnp.arange(6.0).reshape(2, 3)
b = jnp.arange(12.0).reshape(3, 4) / 10
f = lambda a, b: (a @ b).sum()
print(jax.grad(f, argnums=(0, 1))(a, b))
print(jax.make_jaxpr(jax.grad(f, argnums=(0, 1)))(a, b))
v = jnp.arange(3.0)
print(jax.make_jaxpr(jax.grad(lambda v, w: jnp.dot(v, w)))(v, v + 1))
print(jax.make_jaxpr(jax.grad(lambda m, v: (m @ v).sum()))(a, v))
