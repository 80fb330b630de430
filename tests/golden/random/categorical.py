import jax
import jax.numpy as jnp

key = jax.random.PRNGKey(0)
logits = jnp.log(jnp.array([0.1, 0.2, 0.7]))
print(repr(jax.random.categorical(key, logits)))
print(repr(jax.random.categorical(key, logits, shape=(10,))))
batch = jnp.array([[0.0, 1.0, 2.0], [2.0, 1.0, 0.0]])
print(repr(jax.random.categorical(key, batch)))
print(repr(jax.random.categorical(key, batch, axis=0)))
print(repr(jax.random.categorical(key, batch, shape=(4, 2))))
print(repr(jax.random.categorical(jax.random.key(7), jnp.zeros(5), shape=(8,))))
s = jax.random.categorical(jax.random.key(1), logits, shape=(1000,))
counts = [int((s == i).sum()) for i in range(3)]
print(counts)
