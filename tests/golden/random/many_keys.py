import jax
import jax.numpy as jnp

for seed in range(8):
    k = jax.random.PRNGKey(seed)
    print(seed, jax.random.normal(k, (3,)), jax.random.randint(k, (3,), 0, 1000), jax.random.uniform(k))
for seed in [100, 1000, 65535, 2**20]:
    k = jax.random.key(seed)
    print(seed, jax.random.bernoulli(k, 0.5, (6,)), jax.random.permutation(k, 6))
