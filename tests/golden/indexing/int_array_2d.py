# Integer arrays combined with slices and integers on a 2-D array.
import jax
import jax.numpy as jnp

m = jnp.array([[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]])
i = jnp.array([0, 2])
j = jnp.array([1, 3])
print(repr(m[i]), repr(m[:, j]))
print(repr(m[i, j]), repr(m[1, j]), repr(m[i, 1:3]))
print(repr(m[i[:, None], j]))
print(jax.make_jaxpr(lambda m, i: m[i])(m, i))
print(jax.make_jaxpr(lambda m, j: m[:, j])(m, j))
print(jax.make_jaxpr(lambda m, i, j: m[i, j])(m, i, j))
print(jax.make_jaxpr(lambda m, j: m[1, j])(m, j))
print(jax.make_jaxpr(lambda m, i: m[i, 1:3])(m, i))
print(jax.make_jaxpr(lambda m, i, j: m[i[:, None], j])(m, i, j))
