# Negative steps: a slice of the covered range, then rev.
import jax
import jax.numpy as jnp

x = jnp.arange(10.0)
print(repr(x[::-1]))
print(repr(x[::-2]), repr(x[7:2:-1]), repr(x[-1:0:-3]))
print(repr(x[2:7:-1]), repr(x[:3:-4]))
print(jax.make_jaxpr(lambda x: x[::-1])(x))
print(jax.make_jaxpr(lambda x: x[::-2])(x))
print(jax.make_jaxpr(lambda x: x[7:2:-1])(x))
print(jax.make_jaxpr(lambda x: x[-1:0:-3])(x))
