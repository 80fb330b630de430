# Static slices with positive steps on a 1-D array.
import jax
import jax.numpy as jnp

x = jnp.arange(10.0)
print(repr(x[1:4]), repr(x[:3]), repr(x[7:]))
print(repr(x[::2]), repr(x[1:8:3]), repr(x[-3:]))
print(repr(x[100:]), repr(x[5:2]), repr(x[-100:2]))
print(repr(x[:]))
print(jax.make_jaxpr(lambda x: x[1:4])(x))
print(jax.make_jaxpr(lambda x: x[::2])(x))
print(jax.make_jaxpr(lambda x: x[1:8:3])(x))
print(jax.make_jaxpr(lambda x: x[:])(x))
print(jax.make_jaxpr(lambda x: x[5:2])(x))
