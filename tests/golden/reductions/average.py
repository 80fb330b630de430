import jax
import jax.numpy as jnp

x = jnp.array([[1.0, 2.0, 4.0, 8.0], [0.5, 0.25, 3.0, 5.0]])
w = jnp.array([1.0, 1.0, 2.0, 4.0])
print(repr(jnp.average(x)), repr(jnp.average(x, axis=1)))
print(repr(jnp.average(x, axis=1, weights=w)))
print(repr(jnp.average(x, weights=x)), repr(jnp.average(x, axis=0, keepdims=True)))
print(jnp.average(x, axis=1, returned=True))
print(jnp.average(x, axis=1, weights=w, returned=True))
print(jax.make_jaxpr(jnp.average)(x))
print(jax.make_jaxpr(lambda t, u: jnp.average(t, axis=1, weights=u))(x, w))
print(jax.make_jaxpr(lambda t: jnp.average(t, axis=0, returned=True))(x))
print(jax.make_jaxpr(jnp.average)(jnp.arange(4)))
