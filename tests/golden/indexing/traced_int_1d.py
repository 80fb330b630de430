# A traced integer index: normalise a negative index, then dynamic_slice and squeeze.
import jax
import jax.numpy as jnp

x = jnp.arange(5.0)
print(jax.make_jaxpr(lambda x, i: x[i])(x, 3))
print(jax.make_jaxpr(lambda x, i: x[i])(x, jnp.int32(3)))
print(jax.make_jaxpr(lambda x, i: x[i])(x, jnp.uint8(3)))
print(jax.make_jaxpr(lambda x, i: x[i])(x, jnp.int16(3)))
print(repr(x[jnp.array(2)]), repr(x[jnp.array(-1)]), repr(x[jnp.array(7)]))
