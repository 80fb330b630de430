import jax
import jax.numpy as jnp
from jax import lax

w = jnp.array([1.0, 2.0, 3.0])


def f(x, y):
    # Closes over an outer tracer (y) and a concrete array (w).
    return lax.cond(x.sum() > 0, lambda v: v * y + w, lambda v: v - y, x)


print(jax.make_jaxpr(f)(jnp.ones(3), 2.0))
print(f(jnp.ones(3), 2.0))
print(f(-jnp.ones(3), 2.0))


def g(x, y):
    # Both branches close over the same tracer: one shared operand.
    return lax.cond(x > 0, lambda: x + y, lambda: x * y)


print(jax.make_jaxpr(g)(1.0, 2.0))
print(g(1.0, 2.0), g(-1.0, 2.0))


def h(x, y, z):
    return lax.cond(x > 0, lambda v: v + y, lambda v: v + z, x)


print(jax.make_jaxpr(h)(1.0, 2.0, 3.0))
print(jax.make_jaxpr(lambda x: lax.cond(x > 0, lambda v: v + w, lambda v: v * w, x))(1.0))
