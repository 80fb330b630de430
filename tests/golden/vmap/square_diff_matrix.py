import jax
import jax.numpy as jnp
from jax import lax

x = jnp.array([1.0, 4.0, 9.0])
m = jax.vmap(lambda a: jax.vmap(lambda b: (a - b) ** 2)(x))(x)
print(repr(m))
print(jax.make_jaxpr(lambda v: jax.vmap(lambda a: jax.vmap(lambda b: (a - b) ** 2)(v))(v))(x))
