import jax
import jax.numpy as jnp

x = jnp.array([[3.0, 0.0, 7.0], [0.0, 9.0, -4.0]])
print(repr(jnp.ptp(x)), repr(jnp.ptp(x, axis=0)), repr(jnp.ptp(x, axis=1, keepdims=True)))
print(repr(jnp.count_nonzero(x)), repr(jnp.count_nonzero(x, axis=0)), repr(jnp.count_nonzero(x, axis=1, keepdims=True)))
print(repr(jnp.count_nonzero(jnp.array([True, False, True]))))
print(x.ptp())
print(jax.make_jaxpr(jnp.ptp)(x))
print(jax.make_jaxpr(lambda t: jnp.ptp(t, axis=1, keepdims=True))(x))
print(jax.make_jaxpr(jnp.count_nonzero)(x))
print(jax.make_jaxpr(lambda t: jnp.count_nonzero(t, axis=-1))(jnp.array([[True, False]])))
