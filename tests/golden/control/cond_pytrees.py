import jax
import jax.numpy as jnp
from jax import lax


def f(p, x, y):
    return lax.cond(p, lambda a, b: {"s": a + b, "t": (a, b * 2)}, lambda a, b: {"s": a - b, "t": (b, a)}, x, y)


x = jnp.arange(3.0)
y = jnp.ones(3)
print(f(True, x, y))
print(f(False, x, y))
print(jax.make_jaxpr(f)(True, x, y))
print(jax.make_jaxpr(lambda p, t: lax.cond(p, lambda t: [t[1], t[0]], lambda t: [t[0], t[1]], t))(True, (1.0, 2.0)))
print(lax.cond(False, lambda t: [t[1], t[0]], lambda t: [t[0], t[1]], (1.0, 2.0)))
