# Static integer indices on a 1-D array: a slice of size 1, then squeeze.
import jax
import jax.numpy as jnp

x = jnp.arange(6.0)
print(repr(x[0]), repr(x[3]), repr(x[-1]), repr(x[-6]))
print(x[2].shape, x[2].dtype)
print(jax.make_jaxpr(lambda x: x[0])(x))
print(jax.make_jaxpr(lambda x: x[-1])(x))
print(jax.make_jaxpr(lambda x: x[4])(x))
y = jnp.arange(5)
print(repr(y[1]), repr(y[-2]))
print(jax.make_jaxpr(lambda y: y[-2])(y))
