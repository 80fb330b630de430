import jax
import jax.numpy as jnp

key = jax.random.PRNGKey(0)
print(repr(jax.random.normal(key)))
print(repr(jax.random.normal(key, (5,))))
print(repr(jax.random.normal(key, (3, 4))))
print(repr(jax.random.normal(jax.random.key(42), (8,))))
print(repr(jax.random.normal(jax.random.PRNGKey(7), (2, 2, 2))))
print(repr(jax.random.normal(key, (0, 3))))
x = jax.random.normal(jax.random.key(5), (2000,))
print(x[:5])
print(x[-3:])
