import jax
import jax.numpy as jnp
from jax import lax


def f(xs):
    def step(c, x):
        c = lax.cond(x > 2.0, lambda a: a + x, lambda a: a * 0.5, c)
        return c, c
    return lax.scan(step, 1.0, xs)


print(f(jnp.arange(5.0)))
print(jax.make_jaxpr(f)(jnp.arange(5.0)))
