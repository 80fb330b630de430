import jax
import jax.numpy as jnp
from jax import lax

w = jnp.array([0.5, 2.0])


def f(x, limit, step):
    # cond closes over `limit`, body over `step` and the concrete `w`.
    return lax.while_loop(lambda v: v.sum() < limit, lambda v: v * w + step, x)


print(jax.make_jaxpr(f)(jnp.ones(2), 100.0, 1.0))
print(f(jnp.ones(2), 100.0, 1.0))


def g(x, y):
    # `y` is carried unchanged and the cond does not read it: it becomes a body const.
    return lax.while_loop(lambda c: c[0] < 10.0, lambda c: (c[0] + c[1], c[1]), (x, y))


print(jax.make_jaxpr(g)(1.0, 2.0))
print(g(1.0, 2.0))


def h(x, y):
    # Carried unchanged but read by the cond: it stays in the carry.
    return lax.while_loop(lambda c: c[0] < c[1], lambda c: (c[0] + 1.0, c[1]), (x, y))


print(jax.make_jaxpr(h)(1.0, 5.0))
print(h(1.0, 5.0))
