import jax
import jax.numpy as jnp
from jax import lax

print(jax.make_jaxpr(lambda n, x: lax.fori_loop(0, n, lambda i, v: v * 2.0, x))(3, 1.0))
print(jax.make_jaxpr(lambda lo, x: lax.fori_loop(lo, 10, lambda i, v: v + i, x))(jnp.int32(3), 1))
print(jax.make_jaxpr(lambda n, x: lax.fori_loop(jnp.int16(0), n, lambda i, v: v + i, x))(jnp.int16(4), 1))
print(jax.jit(lambda n, x: lax.fori_loop(0, n, lambda i, v: v * 2.0, x))(3, 1.0))
print(jax.jit(lambda n: lax.fori_loop(0, n, lambda i, v: v + i, 0))(10))


def f(n, x, y):
    return lax.fori_loop(0, n, lambda i, v: v + y * i, x)


print(jax.make_jaxpr(f)(4, 0.0, 2.0))
print(jax.jit(f)(4, 0.0, 2.0))
