import jax
import jax.numpy as jnp
from jax import lax

x = jnp.array([1.0, 2.0, 3.0])
y = jnp.array([10.0, 20.0, 30.0])
z = jnp.array([-1.0, -2.0, -3.0])
p = jnp.array([True, False, True])
w = jnp.array([0, 2, 1])
print(repr(lax.select(p, x, y)), repr(lax.select_n(p, x, y)), repr(lax.select_n(w, x, y, z)))
print(repr(lax.select(True, x, y)), repr(lax.select_n(jnp.int32(1), x, y)), repr(lax.select_n(w.astype(jnp.uint8), x, y, z)))
print(repr(lax.clamp(1.5, x, 2.5)), repr(lax.clamp(jnp.array([0.0, 3.0, 0.0]), x, 2.0)), repr(lax.clamp(0, jnp.array([-1, 5]), 3)))
print(jax.make_jaxpr(lax.select)(p, x, y))
print(jax.make_jaxpr(lambda c, a, b, d: lax.select_n(c, a, b, d))(w, x, y, z))
print(jax.make_jaxpr(lambda a: lax.clamp(0.0, a, 1.0))(x))
print(jax.make_jaxpr(lambda a: lax.clamp(0.0, a, 1.0))(2.0))
print(jax.make_jaxpr(lambda a: lax.select(a > 0, a, -a))(1.0))
