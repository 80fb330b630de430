# A Python bool index adds an axis of size 1 (True) or 0 (False).
import jax
import jax.numpy as jnp

x = jnp.arange(3.0)
print(repr(x[True]), repr(x[False]))
print(x[True, 1:].shape, x[..., False].shape, x[None, True].shape)
print(jax.make_jaxpr(lambda x: x[True])(x))
print(jax.make_jaxpr(lambda x: x[False])(x))
print(repr(x.at[True].set(1.0)), repr(x.at[False].set(1.0)))
print(jax.make_jaxpr(lambda x: x.at[True].set(1.0))(x))
