# A scan body computing from constants alone: reverse mode hoists that work out of the loop.
import jax
import jax.numpy as jnp
from jax import lax

def f(c0, xs):
    def body(c, x):
        return c * jnp.sin(2.0) + x, c
    c, ys = lax.scan(body, c0, xs)
    return c + ys.sum()

xs = jnp.arange(4.0)
print(jax.grad(f)(1.5, xs))
print(jax.grad(f, argnums=1)(1.5, xs))
print(jax.make_jaxpr(jax.grad(f))(1.5, xs))
print(jax.make_jaxpr(jax.grad(f, argnums=1))(1.5, xs))
y, f_vjp = jax.vjp(f, 1.5, xs)
print(y, f_vjp(1.0))
