# A traced integer with a strided slice goes through gather.
import jax
import jax.numpy as jnp

m = jnp.array([[0.0, 1.0, 2.0, 3.0], [4.0, 5.0, 6.0, 7.0], [8.0, 9.0, 10.0, 11.0]])
print(jax.make_jaxpr(lambda m, i: m[i, ::2])(m, 1))
print(jax.make_jaxpr(lambda m, i: m[::-1, i])(m, jnp.int32(2)))
print(repr(m[jnp.array(1), ::2]), repr(m[::-1, jnp.array(-2)]))
