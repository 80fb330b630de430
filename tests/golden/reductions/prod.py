import jax
import jax.numpy as jnp

x = jnp.arange(1.0, 7.0).reshape(2, 3)
print(repr(jnp.prod(x)), repr(jnp.prod(x, axis=0)), repr(jnp.prod(x, axis=1, keepdims=True)))
print(repr(jnp.prod(jnp.arange(1, 13))))
print(repr(jnp.prod(jnp.array([True, True, False]))))
print(repr(jnp.prod(jnp.array([[2, 3], [4, 5]], dtype=jnp.int16), axis=0)))
print(jax.make_jaxpr(jnp.prod)(x))
print(jax.make_jaxpr(lambda t: jnp.prod(t, axis=-1, keepdims=True))(x))
print(jax.make_jaxpr(jnp.prod)(jnp.array([True, False])))
print(jax.make_jaxpr(lambda t: jnp.prod(t, dtype=jnp.float32))(jnp.arange(3)))
