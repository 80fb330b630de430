import jax
import jax.numpy as jnp
from jax import lax


def f(m):
    def row(c, r):
        s, _ = lax.scan(lambda a, x: (a + x, None), 0.0, r)
        return c + s, s
    return lax.scan(row, 0.0, m)


m = jnp.arange(6.0).reshape(2, 3)
print(f(m))
print(jax.make_jaxpr(f)(m))
print(jax.make_jaxpr(lambda m: lax.map(lambda r: lax.map(jnp.exp, r), m))(m))
