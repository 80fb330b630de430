import jax
import jax.numpy as jnp
from jax import lax

a = jnp.array([[3.0, 4.0], [6.0, 8.0], [1.0, 0.0]])
print(repr(jax.vmap(jnp.linalg.norm)(a)))
print(jax.make_jaxpr(jax.vmap(lambda v: v / jnp.linalg.norm(v)))(a))
