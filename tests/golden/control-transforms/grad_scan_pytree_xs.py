import jax
import jax.numpy as jnp
from jax import lax

def f(p, xs):
    def step(c, x):
        a, b = x
        return c * p["s"] + a * b, c
    c, ys = lax.scan(step, 0.0, xs)
    return c + ys.sum()
xs = (jnp.array([1.0, 2.0, 3.0]), jnp.array([0.5, -1.0, 2.0]))
print(jax.grad(f, argnums=(0, 1))({"s": 0.5}, xs))
print(jax.make_jaxpr(jax.grad(f))({"s": 0.5}, xs))
