# Eager CPU evaluation of the seed's myfunc over a 3000x6000 float32 grid, written with broadcasting.
import statistics
import time

import jax.numpy as jnp


def myfunc(x, a=1, b=1, c=1):
    return a * x**2 + b * x + c


xa = jnp.linspace(0.0, 5.0, 6000)
aa = jnp.linspace(0.0, 1.0, 3000)
myfunc(xa[None, :], aa[:, None], 1, 1).block_until_ready()  # warm-up
times = []
for _ in range(7):
    t0 = time.perf_counter()
    out = myfunc(xa[None, :], aa[:, None], 1, 1)
    out.block_until_ready()
    times.append((time.perf_counter() - t0) * 1000)
assert out.shape == (3000, 6000)
print(f"{statistics.median(times):.2f}")
