import jax
import jax.numpy as jnp
from jax import lax

x = jnp.array([1.5, -2.0, 0.0])
y = jnp.array([0.5, 3.0, -1.0])
i = jnp.array([7, -7, 2147483647])
j = jnp.array([2, 2, 1])
print(repr(lax.add(x, y)), repr(lax.sub(x, y)), repr(lax.mul(x, y)), repr(lax.div(x, y)))
print(repr(lax.add(i, j)), repr(lax.mul(i, j)), repr(lax.div(i, j)), repr(lax.rem(i, j)))
print(repr(lax.max(x, y)), repr(lax.min(i, j)), repr(lax.pow(x, y)), repr(lax.pow(x, j)))
print(repr(lax.add(1, 2)), repr(lax.mul(2.0, 3.0)), repr(lax.sub(x, 1.0)), repr(lax.div(7, 2)))
print(jax.make_jaxpr(lambda a, b: lax.add(lax.mul(a, b), 1.0))(x, y))
print(jax.make_jaxpr(lambda a: lax.mul(a, 2.0))(1.0))
print(jax.make_jaxpr(lambda a: lax.pow(a, 2))(x))
print(jax.make_jaxpr(lambda a, b: lax.rem(a, b) + lax.div(a, b))(i, j))
