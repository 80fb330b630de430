import jax
import jax.numpy as jnp

x = jnp.array([[1, 2], [3, 4]])
print(repr(jnp.tile(jnp.arange(3), 2)), repr(jnp.tile(x, (2, 1))))
print(repr(jnp.tile(x, (2, 1, 2)).shape), repr(jnp.tile(x, 2)), repr(jnp.tile(5, 3)))
print(repr(jnp.repeat(jnp.arange(3), 2)), repr(jnp.repeat(x, 2, axis=0)))
print(repr(jnp.repeat(x, 3)), repr(jnp.repeat(x, 2, axis=-1)), repr(x.repeat(2, axis=1).shape))
print(jax.make_jaxpr(lambda x: jnp.tile(x, 3))(jnp.ones(2)))
print(jax.make_jaxpr(lambda x: jnp.tile(x, (2, 1)))(jnp.ones(3)))
print(jax.make_jaxpr(lambda x: jnp.tile(x, (1, 1)))(jnp.ones((2, 2))))
print(jax.make_jaxpr(lambda x: jnp.repeat(x, 2))(jnp.ones(3)))
print(jax.make_jaxpr(lambda x: jnp.repeat(x, 2, axis=1))(jnp.ones((2, 3))))
print(jax.make_jaxpr(lambda x: jnp.repeat(x, 2))(jnp.ones((2, 2))))
