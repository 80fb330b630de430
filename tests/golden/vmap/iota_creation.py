import jax
import jax.numpy as jnp
from jax import lax

a = jnp.arange(6.0).reshape(2, 3)
print(repr(jax.vmap(lambda x: x + jnp.arange(3.0))(a)))
print(jax.make_jaxpr(jax.vmap(lambda x: x * jnp.arange(3)))(a))
print(jax.make_jaxpr(jax.vmap(lambda x: jnp.zeros_like(x) + jnp.ones(3)))(a))
print(repr(jax.vmap(lambda x: jnp.full_like(x, 7.0))(a)))
