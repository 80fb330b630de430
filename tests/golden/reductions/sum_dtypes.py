import jax
import jax.numpy as jnp

i8 = jnp.array([100, 100, 100], dtype=jnp.int8)
u8 = jnp.array([200, 100], dtype=jnp.uint8)
b = jnp.array([True, False, True])
h = jnp.array([1.5, 2.25, 3.0], dtype=jnp.float16)
print(repr(jnp.sum(i8)), repr(jnp.sum(u8)), repr(jnp.sum(b)))
print(repr(jnp.sum(i8, promote_integers=False)))
print(repr(jnp.sum(h)), repr(jnp.sum(h, dtype=jnp.float32)))
print(repr(jnp.sum(jnp.arange(5), dtype=jnp.float32)))
print(repr(jnp.sum(jnp.arange(5.0), dtype=jnp.int32)))
print(jax.make_jaxpr(jnp.sum)(i8))
print(jax.make_jaxpr(jnp.sum)(u8))
print(jax.make_jaxpr(jnp.sum)(b))
print(jax.make_jaxpr(jnp.sum)(h))
print(jax.make_jaxpr(lambda t: jnp.sum(t, dtype=jnp.float16))(h))
print(jax.make_jaxpr(lambda t: jnp.sum(t, promote_integers=False))(i8))
print(jax.make_jaxpr(lambda t: jnp.sum(t, dtype=bool))(jnp.arange(3)))
