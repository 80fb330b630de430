# lax.slice, lax.slice_in_dim and lax.index_in_dim.
import jax
import jax.numpy as jnp
from jax import lax

m = jnp.array([[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]])
print(repr(lax.slice(m, (1, 0), (3, 2))), repr(lax.slice(m, (0, 0), (3, 4), (2, 3))))
print(repr(lax.slice_in_dim(m, 1, 3)), repr(lax.slice_in_dim(m, -3, None, 2, axis=1)))
print(repr(lax.index_in_dim(m, 1)), repr(lax.index_in_dim(m, -1, axis=1, keepdims=False)))
print(jax.make_jaxpr(lambda m: lax.slice(m, (1, 0), (3, 2)))(m))
print(jax.make_jaxpr(lambda m: lax.slice(m, (0, 1), (3, 4), (2, 2)))(m))
print(jax.make_jaxpr(lambda m: lax.slice_in_dim(m, 1, 3))(m))
print(jax.make_jaxpr(lambda m: lax.index_in_dim(m, 1, axis=1, keepdims=False))(m))
