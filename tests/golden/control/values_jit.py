import jax
import jax.numpy as jnp
from jax import lax


@jax.jit
def f(x, n):
    y = lax.fori_loop(0, n, lambda i, v: v * 1.5 + i, x)
    z = lax.cond(y.sum() > 10, lambda a: a / 3.0, lambda a: a * 3.0, y)
    c, ys = lax.scan(lambda c, a: (c + a, c * a), 0.0, z)
    return lax.while_loop(lambda s: s < 100.0, lambda s: s * 2.0 + 1.0, c), ys


print(f(jnp.arange(3.0), 4))
print(f(jnp.arange(3.0), 0))
print(jax.make_jaxpr(f)(jnp.arange(3.0), 4))
