import jax
import jax.numpy as jnp
from jax import lax


def f(xs, c0):
    def step(c, x):
        c = c * x + jnp.sin(c)
        return c, c * x
    c, ys = lax.scan(step, c0, xs, reverse=True)
    return c + ys.sum()


xs = jnp.array([0.5, 1.5, -0.7, 2.0])
gx, gc = jax.grad(f, argnums=(0, 1))(xs, 0.3)
print(jnp.round(gx, 4), jnp.round(gc, 4))
print(jax.make_jaxpr(jax.grad(f, argnums=(0, 1)))(xs, 0.3))
