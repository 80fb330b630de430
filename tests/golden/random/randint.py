import jax
import jax.numpy as jnp

key = jax.random.PRNGKey(0)
print(repr(jax.random.randint(key, (10,), 0, 10)))
print(repr(jax.random.randint(key, (2, 3), -5, 5)))
print(repr(jax.random.randint(key, (), 0, 100)))
print(repr(jax.random.randint(jax.random.key(1), (6,), 1, 7)))
print(repr(jax.random.randint(key, (5,), 3, 3)))
print(repr(jax.random.randint(key, (5,), 5, 2)))
print(repr(jax.random.randint(key, (4,), 0, 1)))
print(repr(jax.random.randint(key, (4,), -1000000, 1000000)))
print(repr(jax.random.randint(key, (3,), jnp.array([0, 10, 100]), jnp.array([5, 20, 200]))))
print(repr(jax.random.randint(key, (2, 3), jnp.array([0, 10, 100]), 1000)))
print(repr(jax.random.randint(key, (3,), 0.0, 10.0)))
