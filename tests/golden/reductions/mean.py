import jax
import jax.numpy as jnp

x = jnp.arange(12.0).reshape(3, 4)
print(repr(jnp.mean(x)), repr(jnp.mean(x, axis=0)), repr(jnp.mean(x, axis=(0, 1), keepdims=True)))
print(repr(jnp.mean(jnp.arange(7))), repr(jnp.mean(jnp.array([True, False, True, True]))))
print(repr(jnp.mean(x, where=x > 5)), repr(jnp.mean(x, axis=1, dtype=jnp.float16)))
print(repr(jnp.mean(jnp.array([1.0, 2.0, 4.0], dtype=jnp.float16))))
print(jax.make_jaxpr(jnp.mean)(x))
print(jax.make_jaxpr(lambda t: jnp.mean(t, axis=-1, keepdims=True))(x))
print(jax.make_jaxpr(jnp.mean)(jnp.arange(7)))
print(jax.make_jaxpr(jnp.mean)(jnp.ones(3, dtype=jnp.float16)))
print(jax.make_jaxpr(lambda t: jnp.mean(t, axis=0, where=t > 5))(x))
print(jax.make_jaxpr(lambda t: jnp.mean(t, dtype=jnp.int32))(x))
