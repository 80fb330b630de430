import jax
import jax.numpy as jnp

key = jax.random.PRNGKey(0)
print(repr(jax.random.uniform(key)))
print(repr(jax.random.uniform(key, (3,))))
print(repr(jax.random.uniform(key, (2, 3))))
print(repr(jax.random.uniform(key, (2, 1, 3))))
print(repr(jax.random.uniform(key, (0,))))
print(repr(jax.random.uniform(key, 4)))
print(repr(jax.random.uniform(jax.random.key(3), (5,))))
print(repr(jax.random.uniform(jax.random.PRNGKey(2**31 - 1), (6,))))
x = jax.random.uniform(jax.random.key(9), (1000,))
print(float(x.min()) >= 0.0, float(x.max()) < 1.0)
print(x[:4])
