# make_jaxpr(grad(loss)) of a 3-layer MLP, traced afresh each time (a new loss function: no cache hit).
import statistics
import time

import jax
import jax.numpy as jnp


def build(scale):
    def loss(params, x, y):
        h = x
        for w, b in params[:-1]:
            h = jnp.tanh(h @ w + b)
        w, b = params[-1]
        out = h @ w + b
        return jnp.mean((out - y) ** 2) * scale
    return loss


sizes = [(16, 32), (32, 32), (32, 4)]
params = [(jnp.ones(s) * 0.1, jnp.zeros(s[1])) for s in sizes]
x = jnp.ones((8, 16))
y = jnp.zeros((8, 4))
jax.make_jaxpr(jax.grad(build(0.5)))(params, x, y)  # warm-up
times = []
for k in range(21):
    loss = build(1.0 + k)
    t0 = time.perf_counter()
    jaxpr = jax.make_jaxpr(jax.grad(loss))(params, x, y)
    times.append((time.perf_counter() - t0) * 1000)
print(f"{statistics.median(times):.2f}")
