import jax
import jax.numpy as jnp

x = jnp.array([[3.0, 9.0, 9.0], [-1.0, -5.0, 2.0]])
print(repr(jnp.argmax(x)), repr(jnp.argmin(x)), repr(jnp.argmax(x, axis=0)), repr(jnp.argmin(x, axis=-1)))
print(repr(jnp.argmax(x, axis=1, keepdims=True)), repr(jnp.argmin(x, keepdims=True)))
print(repr(jnp.argmax(jnp.array([1.0, jnp.nan, 5.0, jnp.nan]))), repr(jnp.argmin(jnp.array([2, -7, -7]))))
print(repr(jnp.argmax(jnp.array([False, True, True]))), repr(jnp.argmax(4.0)))
print(x.argmax(), x.argmin(axis=0))
print(jax.make_jaxpr(jnp.argmin)(x))
print(jax.make_jaxpr(lambda t: jnp.argmax(t, axis=-1, keepdims=True))(x))
print(jax.make_jaxpr(lambda t: jnp.argmin(t, keepdims=True))(x))
print(jax.make_jaxpr(jnp.argmax)(jnp.arange(5)))
print(jax.make_jaxpr(jnp.argmax)(2.0))
