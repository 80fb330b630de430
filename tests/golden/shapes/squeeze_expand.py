import jax
import jax.numpy as jnp

x = jnp.ones((1, 3, 1))
print(repr(jnp.squeeze(x).shape), repr(jnp.squeeze(x, 0).shape), repr(x.squeeze(axis=(0, 2)).shape))
print(repr(jnp.squeeze(x, -1).shape), repr(jnp.squeeze(jnp.ones((2, 3))).shape))
print(repr(jnp.expand_dims(jnp.arange(3), 0)), repr(jnp.expand_dims(jnp.arange(3), -1).shape))
print(repr(jnp.expand_dims(jnp.ones((2, 3)), (0, 3)).shape), repr(jnp.expand_dims(2.0, 0)))
print(jax.make_jaxpr(lambda x: jnp.squeeze(x))(jnp.ones((1, 3))))
print(jax.make_jaxpr(lambda x: jnp.squeeze(x))(jnp.ones((2, 3))))
print(jax.make_jaxpr(lambda x: jnp.squeeze(x, (2, 0)))(jnp.ones((1, 3, 1))))
print(jax.make_jaxpr(lambda x: jnp.expand_dims(x, 1))(jnp.ones((2, 3))))
print(jax.make_jaxpr(lambda x: jnp.expand_dims(x, (0, -1)))(jnp.ones(3)))
print(jax.make_jaxpr(lambda x: jnp.expand_dims(x, 0))(2.0))
