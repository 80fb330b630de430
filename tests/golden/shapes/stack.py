import jax
import jax.numpy as jnp

x = jnp.arange(3)
print(repr(jnp.stack([x, x])), repr(jnp.stack([x, x], axis=1)), repr(jnp.stack([x, x], axis=-1).shape))
print(repr(jnp.stack([1.0, 2.0])), repr(jnp.stack([1, 2.5])), repr(jnp.stack([x, jnp.ones(3)])))
print(repr(jnp.stack([x, x], dtype=jnp.float32)), repr(jnp.stack((x,)).shape))
print(jax.make_jaxpr(lambda x: jnp.stack([x, x]))(jnp.ones((2, 3))))
print(jax.make_jaxpr(lambda x: jnp.stack([x, x], axis=2))(jnp.ones((2, 3))))
print(jax.make_jaxpr(lambda x: jnp.stack([x, 1.0]))(1.0))
print(jax.make_jaxpr(lambda x, y: jnp.stack([x, y]))(jnp.arange(2), jnp.ones(2)))
print(jax.make_jaxpr(lambda x: jnp.stack([x]))(jnp.ones(2)))
