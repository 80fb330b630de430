import jax
import jax.numpy as jnp

a = jnp.array([1, -8, 5, -1])
s = jnp.array([0, 1, 31, 32])
print(repr(jnp.left_shift(a, s)), repr(jnp.right_shift(a, s)), repr(a << 2), repr(a >> 1))
u = jnp.array([1, 4294967288, 5], jnp.uint32)
print(repr(jnp.right_shift(u, 1)), repr(u << 30), repr(jnp.bitwise_left_shift(u, 1)), repr(jnp.bitwise_right_shift(u, 2)))
i8 = jnp.array([100, -100], jnp.int8)
print(repr(i8 << 1), repr(i8 >> 9), repr(jnp.right_shift(jnp.array([True]), 1)), repr(jnp.left_shift(jnp.array([True]), jnp.array([True]))))
print(jax.make_jaxpr(jnp.right_shift)(a, s))
print(jax.make_jaxpr(jnp.right_shift)(u, 1))
print(jax.make_jaxpr(lambda x: x << 2)(i8))
print(jax.make_jaxpr(jnp.left_shift)(jnp.array([True]), jnp.array([True])))
