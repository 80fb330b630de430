import jax
import jax.numpy as jnp

print(repr(jax.nn.one_hot(jnp.array([0, 1, 2, 3, -1]), 3)))
print(repr(jax.nn.one_hot(jnp.array([[0, 2], [1, 1]]), 3, axis=0)), repr(jax.nn.one_hot(jnp.array([1, 0]), 2, dtype=jnp.int32)))
print(repr(jax.nn.one_hot(2, 4)), repr(jax.nn.one_hot(jnp.array([1], jnp.uint8), 2, dtype=jnp.bool_)))
print(jax.make_jaxpr(lambda a: jax.nn.one_hot(a, 5))(jnp.array([[0, 2], [1, 1]])))
print(jax.make_jaxpr(lambda a: jax.nn.one_hot(a, 3, axis=0, dtype=jnp.int8))(jnp.array([0, 2])))
print(jax.make_jaxpr(lambda a: jax.nn.one_hot(a, 3) + jax.nn.one_hot(a, 3))(jnp.array([0, 2])))
