import jax
import jax.numpy as jnp
from jax import lax

f = lambda x, y: x / y
print(jax.grad(f, argnums=(0, 1))(3.0, 2.0))
print(jax.make_jaxpr(jax.grad(f, argnums=(0, 1)))(3.0, 2.0))
v = jnp.array([1.0, 2.0, 4.0])
print(jax.make_jaxpr(jax.grad(lambda v: (v / 3.0).sum()))(v))
print(jax.make_jaxpr(jax.grad(lambda v: (2.0 / v).sum()))(v))
