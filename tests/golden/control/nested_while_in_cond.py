import jax
import jax.numpy as jnp
from jax import lax


def f(p, x):
    return lax.cond(p, lambda v: lax.while_loop(lambda c: c < 100.0, lambda c: c * 3.0, v), lambda v: v, x)


print(f(True, 2.0), f(False, 2.0))
print(jax.make_jaxpr(f)(True, 2.0))


def g(n, x):
    return lax.fori_loop(0, n, lambda i, v: lax.fori_loop(0, i, lambda j, w: w + j, v), x)


print(g(4, 0), jax.jit(g)(5, 0))
print(jax.make_jaxpr(g)(4, 0))
