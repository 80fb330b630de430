# lax.dynamic_slice and lax.dynamic_update_slice: start indices are clamped so the window fits.
import jax
import jax.numpy as jnp
from jax import lax

m = jnp.array([[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]])
print(repr(lax.dynamic_slice(m, (1, 1), (2, 3))), repr(lax.dynamic_slice(m, (1, 1), (2, 4))))
print(repr(lax.dynamic_slice(m, (-1, 0), (1, 2))), repr(lax.dynamic_slice(m, jnp.array([2, 3]), (1, 1))))
print(repr(lax.dynamic_update_slice(m, jnp.array([[-1, -2]]), (2, 3))))
print(repr(lax.dynamic_update_slice(jnp.zeros(6), jnp.ones(3), (5,))))
print(jax.make_jaxpr(lambda m: lax.dynamic_slice(m, (0, 1), (2, 2)))(m))
print(jax.make_jaxpr(lambda m, i: lax.dynamic_slice(m, (i, 0), (1, 4)))(m, 1))
print(jax.make_jaxpr(lambda m, u: lax.dynamic_update_slice(m, u, (1, -2)))(m, jnp.ones((1, 2), jnp.int32)))
print(jax.make_jaxpr(lambda m, u, i: lax.dynamic_update_slice(m, u, (i, 0)))(m, jnp.ones((1, 4), jnp.int32), 2))
print(jax.make_jaxpr(lambda m: lax.dynamic_slice(m, (0, 1), (2, 2), allow_negative_indices=False))(m))
