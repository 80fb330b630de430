# Traced integers with other indices on a 2-D array: dynamic_slice when steps are 1, gather otherwise.
import jax
import jax.numpy as jnp

m = jnp.array([[0.0, 1.0, 2.0, 3.0], [4.0, 5.0, 6.0, 7.0], [8.0, 9.0, 10.0, 11.0]])
print(jax.make_jaxpr(lambda m, i: m[i])(m, 1))
print(jax.make_jaxpr(lambda m, i: m[:, i])(m, 1))
print(jax.make_jaxpr(lambda m, i: m[i, 1:3])(m, 1))
print(jax.make_jaxpr(lambda m, i: m[i, i])(m, 1))
print(jax.make_jaxpr(lambda m, i: m[i, 1])(m, 1))
print(jax.make_jaxpr(lambda m, i: m[None, i])(m, jnp.int32(1)))
print(jax.make_jaxpr(lambda m, i: m[i, ::-1])(m, 1))
