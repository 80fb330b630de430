import jax
import jax.numpy as jnp
from jax import lax

h = lambda i, x, y: lax.switch(i, [lambda a, b: a + b, lambda a, b: a * 2.0, lambda a, b: b], x, y)
print(jax.make_jaxpr(jax.vmap(h, in_axes=(None, 0, None)))(1, jnp.ones((3, 2)), jnp.ones(2)))
print(jax.vmap(h, in_axes=(None, 0, None))(1, jnp.ones((3, 2)), jnp.ones(2)))
print(jax.make_jaxpr(jax.vmap(h, in_axes=(0, 1, None)))(jnp.array([0, 1, 2]), jnp.ones((2, 3)), jnp.ones(2)))
print(jax.vmap(h, in_axes=(0, 1, None))(jnp.array([0, 1, 5]), jnp.arange(6.0).reshape(2, 3), jnp.ones(2)))
