import jax
import jax.numpy as jnp
from jax import lax

print(jax.make_jaxpr(jax.vmap(lambda xs: lax.map(jnp.sin, xs)))(jnp.ones((2, 3))))
print(jax.vmap(lambda xs: lax.map(lambda x: x * 2.0, xs))(jnp.arange(6.0).reshape(2, 3)))
