import jax
import jax.numpy as jnp

a = jnp.arange(3)
b = jnp.arange(3, 6)
print(repr(jnp.hstack([a, b])), repr(jnp.vstack([a, b])))
print(repr(jnp.dstack([a, b]).shape), repr(jnp.column_stack([a, b])))
print(repr(jnp.hstack([1, 2.0])), repr(jnp.vstack([jnp.ones((2, 3)), a]).shape))
print(repr(jnp.hstack([jnp.ones((2, 1)), jnp.zeros((2, 2))]).shape))
print(jax.make_jaxpr(lambda x: jnp.hstack([x, x]))(jnp.ones(3)))
print(jax.make_jaxpr(lambda x: jnp.vstack([x, x]))(jnp.ones(3)))
print(jax.make_jaxpr(lambda x: jnp.dstack([x, x]))(jnp.ones(3)))
print(jax.make_jaxpr(lambda x: jnp.column_stack([x, x]))(jnp.ones(3)))
print(jax.make_jaxpr(lambda x, y: jnp.vstack([x, y]))(jnp.ones((2, 3)), jnp.ones(3)))
