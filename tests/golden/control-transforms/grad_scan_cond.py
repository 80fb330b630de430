# A lax.cond inside a scan body under reverse mode, and a scan inside a lax.cond branch.
import jax
import jax.numpy as jnp
from jax import lax

def f(w, c0, xs):
    def body(c, x):
        c = lax.cond(x > 1.0, lambda c: c * x + w, lambda c: c * c * w, c)
        return c, c * 2.0
    c, ys = lax.scan(body, c0, xs)
    return c + ys.sum()

xs = jnp.arange(4.0)
print(jax.grad(f, argnums=(0, 1, 2))(0.5, 1.5, xs))
print(jax.make_jaxpr(jax.grad(f, argnums=(0, 1)))(0.5, 1.5, xs))
print(jax.jit(jax.grad(f))(0.5, 1.5, xs))
print(jax.vmap(jax.grad(f, argnums=1), in_axes=(None, 0, None))(0.5, jnp.array([1.0, 2.0]), xs))

def g(x):
    def inner(x):
        return lax.scan(lambda c, y: (c * y + x, c), x, jnp.arange(3.0))[0]
    return lax.cond(x > 0, inner, lambda x: x * 2.0, x)

print(jax.grad(g)(0.7))
print(jax.grad(g)(-0.7))
print(jax.make_jaxpr(jax.grad(g))(0.7))
