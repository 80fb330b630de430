# lax.switch in a scan body reading a closed-over variable, under vjp.
import jax
import jax.numpy as jnp
from jax import lax

def f(w, xs):
    def body(c, i):
        c = lax.switch(i, [lambda c: c * w, lambda c: c + w * w, lambda c: -c], c)
        return c, jnp.exp(w) * c
    c, ys = lax.scan(body, 1.0, xs)
    return c + ys.sum()

idx = jnp.array([0, 1, 2, 1])
y, f_vjp = jax.vjp(lambda w: f(w, idx), 0.5)
print(y, f_vjp(1.0))
print(jax.make_jaxpr(jax.grad(f))(0.5, idx))
