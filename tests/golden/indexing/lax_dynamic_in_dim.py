# The *_in_dim helpers; dynamic_index_in_dim and dynamic_update_index_in_dim are jitted in JAX.
import jax
import jax.numpy as jnp
from jax import lax

m = jnp.array([[0.0, 1.0, 2.0], [3.0, 4.0, 5.0]])
print(repr(lax.dynamic_slice_in_dim(m, 1, 2, axis=1)), repr(lax.dynamic_index_in_dim(m, 1)))
print(repr(lax.dynamic_index_in_dim(m, -1, axis=1, keepdims=False)))
print(repr(lax.dynamic_update_slice_in_dim(m, jnp.ones((2, 1)), 1, axis=1)))
print(repr(lax.dynamic_update_index_in_dim(m, jnp.array([7.0, 8.0, 9.0]), 0, 0)))
print(jax.make_jaxpr(lambda m, i: lax.dynamic_slice_in_dim(m, i, 2, axis=1))(m, 1))
print(jax.make_jaxpr(lambda m, i: lax.dynamic_index_in_dim(m, i, axis=1))(m, 1))
print(jax.make_jaxpr(lambda m: lax.dynamic_index_in_dim(m, 1, keepdims=False))(m))
print(jax.make_jaxpr(lambda m, u: lax.dynamic_update_index_in_dim(m, u, 1, 0))(m, jnp.ones(3)))
