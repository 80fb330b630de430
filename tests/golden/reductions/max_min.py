import jax
import jax.numpy as jnp

x = jnp.array([[3.0, -1.0, 7.0], [2.0, 9.0, -4.0]])
print(repr(jnp.max(x)), repr(jnp.min(x)), repr(jnp.amax(x, axis=0)), repr(jnp.amin(x, axis=1)))
print(repr(jnp.max(x, axis=1, keepdims=True)))
print(repr(jnp.max(x, initial=10.0)), repr(jnp.min(x, axis=0, initial=0.0)))
print(repr(jnp.max(x, where=x < 5, initial=-100.0)))
print(repr(jnp.max(jnp.array([1.0, jnp.nan, 3.0]))), repr(jnp.min(jnp.array([1, -5, 3]))))
print(repr(jnp.max(jnp.array([True, False]))), repr(jnp.min(jnp.array([200, 7], dtype=jnp.uint8))))
print(jax.make_jaxpr(jnp.max)(x))
print(jax.make_jaxpr(lambda t: jnp.min(t, axis=0, keepdims=True))(x))
print(jax.make_jaxpr(lambda t: jnp.max(t, initial=10.0))(x))
print(jax.make_jaxpr(lambda t: jnp.max(t, where=t < 5, initial=-100.0))(x))
print(jax.make_jaxpr(lambda t: jnp.min(t, where=t > 0, initial=0))(jnp.arange(4)))
print(jax.make_jaxpr(jnp.max)(jnp.array([True, False])))
