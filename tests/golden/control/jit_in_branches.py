import jax
import jax.numpy as jnp
from jax import lax


@jax.jit
def inner(v):
    return jnp.tanh(v) * 2.0


def f(p, x):
    return lax.cond(p, inner, lambda v: jnp.where(v > 0, v, 0.0), x)


print(f(True, jnp.array([-1.0, 1.0])), f(False, jnp.array([-1.0, 1.0])))
print(jax.make_jaxpr(f)(True, jnp.array([-1.0, 1.0])))
print(jax.make_jaxpr(lambda xs: lax.scan(lambda c, x: (inner(c) + x, inner(x)), 0.0, xs))(jnp.ones(2)))
print(jax.make_jaxpr(lambda p, x: lax.cond(p, inner, inner, x))(True, 1.0))
