# A cached jit call on scalars: the median time of 1,000 calls (so milliseconds here are microseconds per call).
import statistics
import time

import jax
import jax.numpy as jnp


@jax.jit
def f(x, y):
    return x * y + 1.0


x = jnp.float32(1.5)
y = jnp.float32(2.0)
f(x, y).block_until_ready()  # trace and compile once
times = []
for _ in range(9):
    t0 = time.perf_counter()
    for _ in range(1000):
        out = f(x, y)
    out.block_until_ready()
    times.append((time.perf_counter() - t0) * 1000)
print(f"{statistics.median(times):.2f}")
