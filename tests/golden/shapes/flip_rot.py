import jax
import jax.numpy as jnp

x = jnp.arange(6).reshape(2, 3)
print(repr(jnp.flip(x)), repr(jnp.flip(x, 0)), repr(jnp.flip(x, (0, 1))))
print(repr(jnp.fliplr(x)), repr(jnp.flipud(x)), repr(jnp.flip(x, -1)))
print(repr(jnp.rot90(x)), repr(jnp.rot90(x, 2)), repr(jnp.rot90(x, -1)), repr(jnp.rot90(x, 4)))
print(jax.make_jaxpr(lambda x: jnp.flip(x))(jnp.ones((2, 3))))
print(jax.make_jaxpr(lambda x: jnp.flip(x, 1))(jnp.ones((2, 3))))
print(jax.make_jaxpr(lambda x: jnp.fliplr(x) + jnp.flip(x, 1))(jnp.ones((2, 3))))
print(jax.make_jaxpr(lambda x: jnp.flip(x, 0) + jnp.flip(x, 0))(jnp.ones(3)))
print(jax.make_jaxpr(lambda x: jnp.rot90(x))(jnp.ones((2, 3))))
print(jax.make_jaxpr(lambda x: jnp.rot90(x, 3))(jnp.ones((2, 3))))
