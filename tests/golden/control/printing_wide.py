import jax
import jax.numpy as jnp
from jax import lax


def f(a, b, c, d, e):
    return lax.cond(a.sum() > 0, lambda *xs: tuple(x * 2 for x in xs), lambda *xs: tuple(x + 1 for x in xs), a, b, c, d, e)


args = [jnp.ones((2, 3, 4)), jnp.ones((5, 6)), jnp.zeros((7,), jnp.int32), jnp.ones((3, 3)), jnp.ones((1, 2, 3, 4))]
print(jax.make_jaxpr(f)(*args))
print(jax.make_jaxpr(lambda *a: lax.while_loop(lambda c: c[2][0] < 10, lambda c: tuple(x + 1 for x in c), a))(*args))
