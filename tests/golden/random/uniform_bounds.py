import jax
import jax.numpy as jnp

key = jax.random.PRNGKey(3)
print(repr(jax.random.uniform(key, (4,), minval=-2.0, maxval=2.0)))
print(repr(jax.random.uniform(key, (4,), minval=5, maxval=6)))
print(repr(jax.random.uniform(key, (3,), minval=jnp.array([0.0, 10.0, 100.0]), maxval=jnp.array([1.0, 20.0, 200.0]))))
print(repr(jax.random.uniform(key, (2, 3), minval=jnp.array([0.0, 1.0, 2.0]), maxval=3.0)))
print(repr(jax.random.uniform(key, (2, 3), minval=jnp.zeros((2, 1)), maxval=jnp.ones((2, 1)) * 4)))
print(repr(jax.random.uniform(key, (), minval=jnp.float32(-1), maxval=jnp.float32(0))))
print(repr(jax.random.uniform(key, (3,), minval=1.0, maxval=1.0)))
