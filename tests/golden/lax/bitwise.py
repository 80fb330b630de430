import jax
import jax.numpy as jnp
from jax import lax

a = jnp.array([12, -8, 5, -1])
b = jnp.array([10, 3, 0, 7])
print(repr(lax.bitwise_and(a, b)), repr(lax.bitwise_or(a, b)), repr(lax.bitwise_xor(a, b)), repr(lax.bitwise_not(a)))
t = jnp.array([True, False])
print(repr(lax.bitwise_and(t, True)), repr(lax.bitwise_not(t)), repr(lax.bitwise_not(jnp.array([0, 5], jnp.uint8))))
s = jnp.array([0, 1, 31, 32])
print(repr(lax.shift_left(a, s)), repr(lax.shift_right_logical(a, s)), repr(lax.shift_right_arithmetic(a, s)))
u = jnp.array([1, 4294967288, 5, 4294967295], jnp.uint32)
us = jnp.array([0, 33, 2, 40], jnp.uint32)
print(repr(lax.shift_right_arithmetic(u, us)), repr(lax.shift_right_logical(u, us)), repr(lax.shift_left(u, us)))
i8 = jnp.array([1, -8, 5, -1], jnp.int8)
s8 = jnp.array([-1, 9, 2, 100], jnp.int8)
print(repr(lax.shift_left(i8, s8)), repr(lax.shift_right_logical(i8, s8)), repr(lax.shift_right_arithmetic(i8, s8)))
print(jax.make_jaxpr(lambda x, y: lax.bitwise_not(lax.bitwise_xor(x, y)))(a, b))
print(jax.make_jaxpr(lambda x: lax.shift_right_logical(x, 2))(a))
