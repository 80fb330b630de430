import jax
import jax.numpy as jnp

key = jax.random.PRNGKey(0)
print(repr(jax.random.truncated_normal(key, -1.0, 1.0)))
print(repr(jax.random.truncated_normal(key, -1.0, 1.0, (5,))))
print(repr(jax.random.truncated_normal(key, 0.0, 3.0, (2, 3))))
print(repr(jax.random.truncated_normal(key, jnp.array([-1.0, 0.0, 1.0]), 2.0)))
print(repr(jax.random.truncated_normal(jax.random.key(1), -2, 2, (4,), jnp.float16)))
print(repr(jax.random.truncated_normal(jax.random.key(1), jnp.zeros((2, 1)), jnp.ones((1, 3)))))
