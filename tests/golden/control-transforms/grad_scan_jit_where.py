# A jitted function (jnp.where) in a scan body under grad: its partial evaluation splits it in a known and
# an unknown jit.
import jax
import jax.numpy as jnp
from jax import lax

def f(w, c0, xs):
    def body(c, x):
        c = jnp.where(x > 1.0, c * x, c * w)
        d = jnp.where(w > 0.0, w * 2.0, w)
        return c + d, c * 2.0
    c, ys = lax.scan(body, c0, xs)
    return c + ys.sum()

xs = jnp.arange(4.0)
print(jax.grad(f, argnums=(0, 1))(0.5, 1.5, xs))
print(jax.make_jaxpr(jax.grad(f, argnums=(0, 1)))(0.5, 1.5, xs))
print(jax.make_jaxpr(jax.grad(f, argnums=1))(0.5, 1.5, xs))
