# Static indices and slices on a 2-D array.
import jax
import jax.numpy as jnp

m = jnp.array([[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]])
print(repr(m[1]), repr(m[:, 2]), repr(m[-1, -1]))
print(repr(m[1:, ::2]))
print(repr(m[::-1, 1:3]))
print(repr(m[0, ::-1]))
print(jax.make_jaxpr(lambda m: m[1])(m))
print(jax.make_jaxpr(lambda m: m[:, 2])(m))
print(jax.make_jaxpr(lambda m: m[1:, ::2])(m))
print(jax.make_jaxpr(lambda m: m[-1, -1])(m))
print(jax.make_jaxpr(lambda m: m[::-1, 1:3])(m))
