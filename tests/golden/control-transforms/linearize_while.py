import jax
import jax.numpy as jnp
from jax import lax


def count(x):
    return lax.while_loop(lambda c: c[1] < 10.0, lambda c: (c[0] * 2.0, c[1] * c[1] + 1.0), (1.0, x))[1]


y, f_jvp = jax.linearize(count, 0.5)
print(y, f_jvp(1.0))
print(jax.make_jaxpr(lambda x: jax.linearize(count, x)[1](1.0))(0.5))
