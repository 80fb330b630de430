import jax
import jax.numpy as jnp

x = jnp.arange(5)
print(repr(jnp.roll(x, 2)), repr(jnp.roll(x, -1)), repr(jnp.roll(x, 7)), repr(jnp.roll(x, 0)))
m = jnp.arange(6).reshape(2, 3)
print(repr(jnp.roll(m, 1)), repr(jnp.roll(m, 1, axis=1)), repr(jnp.roll(m, (1, 1), axis=(0, 1))))
print(repr(jnp.roll(m, 1, axis=-1)), repr(jnp.roll(m, (1, 2), axis=1)))
print(jax.make_jaxpr(lambda x: jnp.roll(x, 1))(jnp.ones(3)))
print(jax.make_jaxpr(lambda x: jnp.roll(x, 1, axis=1))(jnp.ones((2, 3))))
print(jax.make_jaxpr(lambda x: jnp.roll(x, 1))(jnp.ones((2, 3))))
print(jax.make_jaxpr(lambda x: jnp.roll(x, 0))(jnp.ones(3)))
