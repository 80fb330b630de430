import jax
import jax.numpy as jnp
from jax import lax

c = jnp.array([10.0, 20.0])


def f(i, x, y):
    return lax.switch(i, [lambda v: v + y, lambda v: v * c, lambda v: v - y * c], x)


print(jax.make_jaxpr(f)(1, jnp.ones(2), 3.0))
print(f(0, jnp.ones(2), 3.0), f(1, jnp.ones(2), 3.0), f(2, jnp.ones(2), 3.0))
