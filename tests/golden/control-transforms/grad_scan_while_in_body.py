# A while_loop in a scan body under grad: hoisted when it reads constants alone; with a dynamic trip count
# its transposition fails as in JAX.
import jax
import jax.numpy as jnp
from jax import lax

xs = jnp.arange(1.0, 4.0)

def f(w, c0, xs):
    def body(c, x):
        k = lax.while_loop(lambda s: s < 10.0, lambda s: s * 2.0 + w, w)
        return c * k + x, c
    c, ys = lax.scan(body, c0, xs)
    return c + ys.sum()

print(jax.grad(f, argnums=1)(0.5, 1.0, xs))
print(jax.make_jaxpr(jax.grad(f, argnums=1))(0.5, 1.0, xs))

def g(w, xs):
    def body(c, x):
        c = lax.fori_loop(0, x.astype(int), lambda i, d: d * w, c)
        return c, c
    return lax.scan(body, 1.0, xs)[0]

try:
    jax.grad(g)(0.5, xs)
except ValueError as e:
    print("ValueError", e)
