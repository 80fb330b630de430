import jax
import jax.numpy as jnp
from jax import lax

w = jnp.array([[1.0, 2.0], [3.0, 4.0]])


def rnn(h0, xs, b):
    def step(h, x):
        h = jnp.tanh(w @ h + x + b)
        return h, h.sum()
    return lax.scan(step, h0, xs)


xs = jnp.arange(6.0).reshape(3, 2) / 10
print(rnn(jnp.zeros(2), xs, 0.5))
print(jax.make_jaxpr(rnn)(jnp.zeros(2), xs, 0.5))


def passthrough(c, xs):
    # A carry returned unchanged becomes a const; a y that is the x itself leaves the scan.
    return lax.scan(lambda c, x: ((c[0] + x, c[1]), (x, x * c[1])), c, xs)


print(jax.make_jaxpr(passthrough)((0.0, 2.0), jnp.arange(3.0)))
print(passthrough((0.0, 2.0), jnp.arange(3.0)))
