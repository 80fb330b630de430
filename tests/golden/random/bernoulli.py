import jax
import jax.numpy as jnp

key = jax.random.PRNGKey(0)
print(repr(jax.random.bernoulli(key)))
print(repr(jax.random.bernoulli(key, 0.5, (8,))))
print(repr(jax.random.bernoulli(key, 0.1, (8,))))
print(repr(jax.random.bernoulli(key, 0.9, (2, 4))))
print(repr(jax.random.bernoulli(key, 0.0, (4,))))
print(repr(jax.random.bernoulli(key, 1.0, (4,))))
p = jnp.array([0.0, 0.25, 0.5, 0.75, 1.0])
print(repr(jax.random.bernoulli(key, p)))
print(repr(jax.random.bernoulli(key, p, (3, 5))))
print(repr(jax.random.bernoulli(jax.random.key(8), jnp.float16(0.3), (6,))))
print(repr(jax.random.bernoulli(jax.random.key(8), jnp.array([0.2, 0.8], jnp.bfloat16))))
print(repr(jax.random.bernoulli(key, 0.5, (6,), mode="high")))
x = jax.random.bernoulli(jax.random.key(2), 0.3, (1000,))
print(int(x.sum()))
