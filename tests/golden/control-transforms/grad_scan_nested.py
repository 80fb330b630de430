# A scan (and a static fori_loop) inside a scan body under grad: the inner scan is partially evaluated.
import jax
import jax.numpy as jnp
from jax import lax

def f(w, xs):
    def body(c, x):
        inner = lax.scan(lambda d, y: (d * y + c, d), c, x)[0]
        return inner * 0.5, inner
    c, ys = lax.scan(body, w, xs)
    return c + ys.sum()

xs = jnp.arange(6.0).reshape(3, 2)
print(jax.grad(f)(0.5, xs))
print(jax.make_jaxpr(jax.grad(f))(0.5, xs))

def g(w, xs):
    def body(c, x):
        inner = lax.fori_loop(0, 3, lambda i, d: d * w + x, c)
        return inner, inner * w
    c, ys = lax.scan(body, 1.0, xs)
    return c + ys.sum()
print(jax.grad(g)(0.5, jnp.arange(3.0)))
print(jax.make_jaxpr(jax.grad(g))(0.5, jnp.arange(3.0)))
