import jax
import jax.numpy as jnp

x = jnp.arange(6.0).reshape(2, 3)
print(repr(jnp.concatenate([x, x])), repr(jnp.concatenate([x, x], axis=1).shape))
print(repr(jnp.concatenate([jnp.arange(2), jnp.ones(2)])))
print(repr(jnp.concatenate([x, x], axis=None)), repr(jnp.concatenate((x,), axis=-1).shape))
print(repr(jnp.concatenate([jnp.arange(2), jnp.arange(2)], dtype=jnp.float16)))
print(repr(jnp.concat([jnp.arange(2), jnp.arange(3)])))
print(jax.make_jaxpr(lambda x: jnp.concatenate([x, x]))(x))
print(jax.make_jaxpr(lambda x: jnp.concatenate([x]))(x))
print(jax.make_jaxpr(lambda x, y: jnp.concatenate([x, y]))(jnp.arange(2), jnp.ones(3)))
print(jax.make_jaxpr(lambda x: jnp.concatenate([x, x], axis=None))(x))
print(jax.make_jaxpr(lambda x: jnp.concatenate([x, jnp.zeros((2, 1))], axis=1))(x))
print(jax.make_jaxpr(lambda x: jnp.concatenate([x, x], dtype=jnp.int32))(jnp.ones(2)))
