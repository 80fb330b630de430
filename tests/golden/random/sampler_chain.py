import jax
import jax.numpy as jnp

key = jax.random.PRNGKey(2024)
key, k1, k2, k3 = jax.random.split(key, 4)
w = jax.random.normal(k1, (3, 2)) * 0.1
b = jax.random.uniform(k2, (2,), minval=-0.5, maxval=0.5)
x = jax.random.normal(k3, (4, 3))
print(repr(w))
print(repr(b))
print(repr(x @ w + b))
idx = jax.random.permutation(key, 4)
print(repr(x[idx]))
mask = jax.random.bernoulli(jax.random.fold_in(key, 1), 0.5, (4, 2))
print(repr(jnp.where(mask, x @ w, 0.0)))
