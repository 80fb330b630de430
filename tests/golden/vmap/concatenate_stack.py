import jax
import jax.numpy as jnp
from jax import lax

a = jnp.arange(6.0).reshape(2, 3)
b = jnp.arange(4.0)
print(repr(jax.vmap(lambda x: jnp.concatenate([x, x]))(a)))
print(jax.make_jaxpr(jax.vmap(lambda x, y: jnp.concatenate([x, y]), in_axes=(0, None)))(a, b))
print(jax.make_jaxpr(jax.vmap(lambda x: jnp.stack([x, 2 * x])))(a))
print(repr(jax.vmap(lambda x: jnp.stack([x, 2 * x], axis=1))(a)))
print(jax.make_jaxpr(jax.vmap(lambda x, y: jnp.stack([x, y]), in_axes=(0, None)))(a, b[:3]))
