import jax
import jax.numpy as jnp

f = jnp.array([0.0, 1.5, -2.0, jnp.nan])
i = jnp.array([0, 3, -1, 0])
print(repr(jnp.logical_and(f, i)), repr(jnp.logical_or(f, i)), repr(jnp.logical_xor(f, i)), repr(jnp.logical_not(f)))
print(repr(jnp.logical_and(1, 0.0)), repr(jnp.logical_not(i)))
print(jax.make_jaxpr(jnp.logical_and)(f, i))
print(jax.make_jaxpr(jnp.logical_not)(i))
print(jax.make_jaxpr(lambda a, b: jnp.logical_or(a > 0, b < 0))(1.0, 2.0))
print(jax.make_jaxpr(lambda a, b: (a < b) | (a > b))(1, 2))
print(jax.make_jaxpr(lambda a: jnp.logical_xor(a, True))(i > 0))
print(repr(jnp.less(1, 2)), repr(jnp.equal(1.0, 1)), repr(jnp.greater(jnp.array([1]), 0)))
