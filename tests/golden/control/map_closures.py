import jax
import jax.numpy as jnp
from jax import lax

w = jnp.array([1.0, -1.0])


def f(xs, b):
    return lax.map(lambda x: jnp.dot(w, x) + b, xs)


print(f(jnp.arange(6.0).reshape(3, 2), 0.5))
print(jax.make_jaxpr(f)(jnp.arange(6.0).reshape(3, 2), 0.5))
print(jax.make_jaxpr(lambda xs: lax.map(lambda x: (x, x + 1), xs))(jnp.arange(3)))
print(lax.map(lambda x: {"a": x, "b": [x * 2]}, jnp.arange(2)))
