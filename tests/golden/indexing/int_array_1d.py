# Integer array indices on a 1-D array: normalise negatives, then gather.
import jax
import jax.numpy as jnp

x = jnp.arange(10.0) * 10
print(repr(x[jnp.array([0, 2, 4])]))
print(repr(x[jnp.array([-1, -2, 3])]))
print(repr(x[jnp.array([[0, 1], [8, 9]])]))
print(repr(x[jnp.array([20, -20])]))
print(repr(x[jnp.array([], dtype=jnp.int32)]))
print(jax.make_jaxpr(lambda x: x[jnp.array([0, 2])])(x))
print(jax.make_jaxpr(lambda x, i: x[i])(x, jnp.array([[0, 1], [8, 9]])))
print(jax.make_jaxpr(lambda x, i: x[i])(x, jnp.array([1, 2], dtype=jnp.uint32)))
print(repr(x[(jnp.array([1, 3]),)]), repr(x[([1, 3],)]))
