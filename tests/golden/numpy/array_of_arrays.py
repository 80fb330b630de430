import jax
import jax.numpy as jnp

x = jnp.array([5, 6])
print(repr(jnp.array([[1, 2], x])))
print(repr(jnp.array([x, x])))
print(repr(jnp.array([1.5, x[0]])))
print(repr(jnp.array([[1.0, x[0]], x])))
print(type(x).__name__, isinstance(x, jax.Array))
print(jax.make_jaxpr(lambda x: jnp.array([x, x]))(jnp.ones(2)))
print(jax.make_jaxpr(lambda x: jnp.array([[1, 2], x]))(jnp.ones(2, dtype=jnp.int32)))
print(jax.make_jaxpr(lambda x: jnp.array([[1.0, x[0]], x]))(jnp.ones(2)))
print(jax.make_jaxpr(lambda x: jnp.array([[1.0, x[0]], [x[1], 2]]))(jnp.ones(2)))
print(jax.make_jaxpr(lambda x: jnp.array([x[0], 2.0]))(jnp.ones(2)))
