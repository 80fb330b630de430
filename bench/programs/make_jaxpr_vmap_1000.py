# make_jaxpr(vmap(f)) of a freshly built 1,000-equation function (no cache hit), engine warm.
import statistics
import time

import jax
import jax.numpy as jnp


def build(seed):
    def f(x, y):
        for i in range(250):
            x = jnp.sin(x) * y + x - (i + seed)
        return x
    return f


xs = jnp.ones((16, 8))
y = jnp.ones((8,))
jax.make_jaxpr(jax.vmap(build(-1), in_axes=(0, None)))(xs, y)  # warm-up
times = []
for k in range(15):
    f = jax.vmap(build(k), in_axes=(0, None))
    t0 = time.perf_counter()
    jaxpr = jax.make_jaxpr(f)(xs, y)
    times.append((time.perf_counter() - t0) * 1000)
assert len(str(jaxpr).splitlines()) == 1252  # the broadcast of y joins each mul
print(f"{statistics.median(times):.2f}")
