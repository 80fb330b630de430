# make_jaxpr of a freshly built 1,000-equation function (no cache hit), engine warm.
import statistics
import time

import jax
import jax.numpy as jnp


def build(seed):
    def f(x):
        for i in range(250):
            x = jnp.sin(x) * 1.5 + x - (i + seed)
        return x
    return f


x = jnp.ones((8,))
jax.make_jaxpr(build(-1))(x)  # warm-up
times = []
for k in range(15):
    f = build(k)
    t0 = time.perf_counter()
    jaxpr = jax.make_jaxpr(f)(x)
    times.append((time.perf_counter() - t0) * 1000)
assert len(str(jaxpr).splitlines()) == 1002
print(f"{statistics.median(times):.2f}")
