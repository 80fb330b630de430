import jax
import jax.numpy as jnp

key = jax.random.key(1)
for dt in [jnp.float32, jnp.float16, jnp.bfloat16, "float32", float]:
    x = jax.random.uniform(key, (5,), dtype=dt)
    print(repr(x))
print(repr(jax.random.uniform(key, (2, 2), jnp.float16, -1.0, 1.0)))
print(repr(jax.random.uniform(key, (3,), jnp.bfloat16, 10, 20)))
