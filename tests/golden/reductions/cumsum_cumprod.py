import jax
import jax.numpy as jnp

x = jnp.arange(1.0, 7.0).reshape(2, 3)
print(repr(jnp.cumsum(x)), repr(jnp.cumsum(x, axis=0)), repr(jnp.cumsum(x, axis=-1)))
print(repr(jnp.cumprod(x)), repr(jnp.cumprod(x, axis=1)))
print(repr(jnp.cumsum(jnp.array([True, True, False, True]))), repr(jnp.cumsum(jnp.arange(4), dtype=jnp.float32)))
print(repr(jnp.cumprod(jnp.array([2, 3, 4], dtype=jnp.int8))), repr(jnp.cumsum(3.0)))
print(x.cumsum(axis=1), x.cumprod())
print(jax.make_jaxpr(jnp.cumsum)(x))
print(jax.make_jaxpr(lambda t: jnp.cumprod(t, axis=-1))(x))
print(jax.make_jaxpr(lambda t: jnp.cumsum(t, axis=0, dtype=jnp.int32))(x))
print(jax.make_jaxpr(jnp.cumsum)(jnp.array([True, False])))
print(jax.make_jaxpr(lambda t: jnp.cumsum(t, dtype=bool))(jnp.arange(3)))
