# Out-of-bounds static indices are clamped (JAX does not check them by default); slices are clipped.
import jax
import jax.numpy as jnp

x = jnp.arange(10.0)
print(repr(x[10]), repr(x[-11]), repr(x[1000]))
print(repr(x[20:30]), repr(x[-20:2]))
print(jax.make_jaxpr(lambda x: x[10])(x))
print(jax.make_jaxpr(lambda x: x[-11])(x))
m = jnp.array([[1, 2], [3, 4]])
print(repr(m[5, 0]), repr(m[0, -9]))
print(jax.make_jaxpr(lambda m: m[5, 0])(m))
