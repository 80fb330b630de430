import jax
import jax.numpy as jnp
from jax import lax


def f(p, a, b, c):
    return lax.cond(p, lambda a, b, c: a * b + c, lambda a, b, c: a - b * c, a, b, c)


print(f(True, 2.0, 3.0, 4.0), f(False, 2.0, 3.0, 4.0))
print(jax.make_jaxpr(f)(True, 2.0, 3.0, 4.0))
print(jax.make_jaxpr(f)(True, jnp.ones((2, 3)), 3.0, jnp.int32(4)))
print(jax.make_jaxpr(lambda p: lax.cond(p, lambda: jnp.zeros(2), lambda: jnp.ones(2)))(True))
print(jax.make_jaxpr(lambda p, x: lax.cond(p, lambda x: x, lambda x: x, x))(True, 1.0))
