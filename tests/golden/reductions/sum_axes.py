import jax
import jax.numpy as jnp

x = jnp.arange(24.0).reshape(2, 3, 4)
print(repr(jnp.sum(x)))
print(repr(jnp.sum(x, axis=0)))
print(repr(jnp.sum(x, axis=-1)))
print(repr(jnp.sum(x, axis=(0, 2))))
print(repr(jnp.sum(x, axis=(2, 0), keepdims=True)))
print(repr(jnp.sum(x, axis=())))
print(jax.make_jaxpr(lambda t: jnp.sum(t, axis=-1))(x))
print(jax.make_jaxpr(lambda t: jnp.sum(t, axis=(2, 0), keepdims=True))(x))
print(jax.make_jaxpr(lambda t: jnp.sum(t, axis=()))(x))
print(jax.make_jaxpr(lambda t: jnp.sum(t, keepdims=True))(x))
