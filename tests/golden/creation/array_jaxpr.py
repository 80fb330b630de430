import jax
import jax.numpy as jnp

print(jax.make_jaxpr(lambda x: jnp.array(x))(1.0))
print(jax.make_jaxpr(lambda x: jnp.asarray(x))(1.0))
print(jax.make_jaxpr(lambda x: jnp.array(x, dtype=jnp.int32))(1.0))
print(jax.make_jaxpr(lambda x: jnp.asarray(x, dtype=jnp.int32))(jnp.ones(2)))
print(jax.make_jaxpr(lambda x: jnp.array([x, x, 1.0]))(jnp.ones(())))
print(jax.make_jaxpr(lambda x: jnp.array([x, 2]))(1.0))
print(jax.make_jaxpr(lambda x: jnp.array([x]))(1.0))
print(jax.make_jaxpr(lambda x: jnp.array([[x, x], [x, 1.0]]))(jnp.float32(2)))
print(jax.make_jaxpr(lambda x: jnp.array([[x, x], [1.0, 2.0]]))(1.0))
print(jax.make_jaxpr(lambda x: jnp.array([x, 2], dtype=jnp.int32))(1.0))
print(jax.make_jaxpr(lambda x: jnp.array(x, ndmin=2))(jnp.ones(3)))
print(jax.make_jaxpr(lambda x: jnp.array([x, x]))(jnp.ones(3)))
