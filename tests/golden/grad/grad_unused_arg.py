import jax
import jax.numpy as jnp
from jax import lax

print(jax.make_jaxpr(jax.grad(lambda x, y: x * 2.0, argnums=1))(1.0, 2.0))
print(jax.make_jaxpr(jax.grad(lambda x, y: x.sum(), argnums=(0, 1)))(jnp.ones(3), jnp.ones((2, 2))))
print(jax.grad(lambda x, y: x.sum(), argnums=(0, 1))(jnp.ones(3), jnp.ones((2, 2))))
