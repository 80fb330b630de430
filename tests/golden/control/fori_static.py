import jax
import jax.numpy as jnp
from jax import lax

print(jax.make_jaxpr(lambda x: lax.fori_loop(0, 5, lambda i, v: v + i, x))(1.0))
print(lax.fori_loop(0, 5, lambda i, v: v + i, 0))
print(repr(lax.fori_loop(0, 5, lambda i, v: v + i, 0.0)))
print(repr(lax.fori_loop(2, 6, lambda i, v: v * i, jnp.float32(1.0))))
print(lax.fori_loop(3, 1, lambda i, v: v + i, 10))
print(jax.make_jaxpr(lambda x: lax.fori_loop(3, 1, lambda i, v: v + i, x))(1.0))
print(jax.make_jaxpr(lambda x: lax.fori_loop(0, 4, lambda i, v: v * 2.0, x, unroll=2))(1.0))
print(jax.make_jaxpr(lambda x: lax.fori_loop(0, 4, lambda i, v: v * 2.0, x, unroll=True))(1.0))
print(lax.fori_loop(0, 4, lambda i, v: v * 2.0, 1.0, unroll=2))
print(lax.fori_loop(jnp.int32(1), jnp.int32(4), lambda i, v: v + i, 0))
print(jax.make_jaxpr(lambda x: lax.fori_loop(0, 3, lambda i, c: (c[0] + i, c[1] * 2), (x, jnp.ones(2))))(1))
