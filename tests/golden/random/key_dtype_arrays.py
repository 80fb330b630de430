import jax
import jax.numpy as jnp

kd = jax.random.key(0).dtype
for f in [lambda: jnp.array([1, 2], dtype=kd), lambda: jax.random.uniform(jax.random.key(0), dtype=kd),
          lambda: jnp.arange(3).astype(kd), lambda: jax.random.normal(jax.random.key(0), dtype=kd),
          lambda: jax.random.randint(jax.random.key(0), (2,), 0, 3, dtype=kd)]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
