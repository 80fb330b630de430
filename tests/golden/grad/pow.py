import jax
import jax.numpy as jnp
from jax import lax

print(jax.grad(lambda x, y: x ** y, argnums=(0, 1))(2.0, 3.5))
print(jax.make_jaxpr(jax.grad(lambda x, y: x ** y, argnums=(0, 1)))(2.0, 3.5))
print(jax.make_jaxpr(jax.grad(lambda x: jnp.power(x, 2.5)))(2.0))
