import jax
import jax.numpy as jnp

x = jnp.arange(3)
print(repr(jnp.zeros_like(x)), repr(jnp.ones_like(x, dtype=jnp.float32)))
print(repr(jnp.full_like(x, 2.7)), repr(jnp.full_like(jnp.ones(2), 5)))
print(repr(jnp.zeros_like(3.0)), repr(jnp.ones_like(True)))
print(repr(jnp.empty_like(jnp.ones((2, 2)))), repr(jnp.zeros_like(x, shape=(2, 2))))
print(repr(jnp.full_like(jnp.ones((2, 3)), jnp.arange(3))))
print(jax.make_jaxpr(lambda x: jnp.zeros_like(x))(jnp.ones(3)))
print(jax.make_jaxpr(lambda x: jnp.zeros_like(x))(1.0))
print(jax.make_jaxpr(lambda x: jnp.ones_like(x, dtype=jnp.int32))(1.0))
print(jax.make_jaxpr(lambda x: jnp.full_like(x, 2))(jnp.ones(3)))
print(jax.make_jaxpr(lambda x: jnp.full_like(x, x[0]))(jnp.ones(3)))
print(jax.make_jaxpr(lambda x: jnp.full_like(x, jnp.ones(3)))(jnp.ones((2, 3))))
print(jax.make_jaxpr(lambda x: jnp.empty_like(x))(jnp.ones(3)))
print(jax.make_jaxpr(lambda x: jnp.zeros_like(x, shape=(2, 2)))(jnp.ones(3)))
