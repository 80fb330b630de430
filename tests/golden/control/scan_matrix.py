import jax
import jax.numpy as jnp
from jax import lax


def matpow(m, k):
    return lax.fori_loop(0, k, lambda i, acc: acc @ m, jnp.eye(m.shape[0]))


m = jnp.array([[1.0, 1.0], [1.0, 0.0]])
print(matpow(m, 10))
print(jax.make_jaxpr(lambda m: matpow(m, 3))(m))


def running_stats(xs):
    def step(c, x):
        n, mean = c
        n = n + 1
        mean = mean + (x - mean) / n
        return (n, mean), mean
    return lax.scan(step, (0.0, jnp.zeros(2)), xs)


print(running_stats(jnp.arange(8.0).reshape(4, 2)))
print(jax.make_jaxpr(running_stats)(jnp.arange(8.0).reshape(4, 2)))
